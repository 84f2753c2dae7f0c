package com.cxalign.jira.initiative.setup;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.Documents;
import com.cxalign.jira.catalog.TransferServices;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.testing.ao.DatabaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * The CX Goal and CX Metric options follow the catalogue through its real services: made, renamed, disabled while
 * archived, enabled when restored, never deleted.
 */
@Category(DatabaseTest.class)
public class FieldOptionSyncTest {

    @Rule
    public Initiatives initiatives = new Initiatives();

    private Catalog catalog;

    @Before
    public void setUpJira() {
        catalog = initiatives.catalog;
        initiatives.setUpJira();
    }

    @Test
    public void aNewGoalOrMetricGetsItsOptionAtOnce() {
        Goal goal = catalog.goals.create(ADMIN, Catalog.goal("Reduce onboarding churn"));
        Metric metric = catalog.metrics.create(ADMIN, Catalog.nps("Onboarding NPS", "owner-key"));

        assertEquals("Reduce onboarding churn", optionValue(CxField.GOAL, goal.id()));
        assertEquals("Onboarding NPS", optionValue(CxField.METRIC, metric.id()));
    }

    @Test
    public void aSetupRunRepairsAnOptionThatDriftedFromItsGoal() {
        Goal goal = catalog.goals.create(ADMIN, Catalog.goal("Grow repeat orders"));
        initiatives.jira.renameOptionByHand(initiatives.optionOf(CxField.GOAL, goal.id()), "Old words");

        SetupReport report = initiatives.setup.ensure();

        assertEquals("Grow repeat orders", optionValue(CxField.GOAL, goal.id()));
        assertEquals(List.of("renamed CX Goal option Old words to Grow repeat orders"), report.optionChanges());
    }

    @Test
    public void anImportedConfigurationBringsItsGoalsAndMetricsIntoTheFields() {
        catalog.goals.create(ADMIN, Catalog.goal("Reduce onboarding churn"));
        TransferServices transfer = TransferServices.over(catalog);
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> {
            ObjectNode added = ((ObjectNode) tree.get("goals").get(0)).deepCopy();
            added.put("name", "Grow repeat orders");
            ((ArrayNode) tree.get("goals")).add(added);
        });

        transfer.imports.importDocument(ADMIN, document);

        Goal imported = catalog.goals.list(ADMIN, false).stream()
                .filter(goal -> goal.name().equals("Grow repeat orders")).findFirst().orElseThrow();
        assertEquals("Grow repeat orders", optionValue(CxField.GOAL, imported.id()));
    }

    @Test
    public void renamingAGoalRenamesItsOptionSoIssuesShowTheNewName() {
        Goal goal = catalog.goals.create(ADMIN, Catalog.goal("Reduce churn"));
        long option = initiatives.optionOf(CxField.GOAL, goal.id());

        catalog.goals.update(ADMIN, goal.id(), Catalog.goal("Reduce onboarding churn"), goal.version());

        assertEquals(option, initiatives.optionOf(CxField.GOAL, goal.id()));
        assertEquals("Reduce onboarding churn", initiatives.jira.optionValue(option));
    }

    @Test
    public void archivingDisablesTheOptionAndRestoringEnablesItAgain() {
        Metric metric = catalog.metrics.create(ADMIN, Catalog.nps("Onboarding NPS", "owner-key"));
        long option = initiatives.optionOf(CxField.METRIC, metric.id());

        Metric archived = catalog.metrics.archive(ADMIN, metric.id(), metric.version());
        assertTrue(initiatives.jira.optionDisabled(option));

        catalog.metrics.restore(ADMIN, metric.id(), archived.version());
        assertFalse(initiatives.jira.optionDisabled(option));
    }

    @Test
    public void deletingAGoalDisablesItsOptionButKeepsItForTheIssuesThatHoldIt() {
        Goal goal = catalog.goals.create(ADMIN, Catalog.goal("Short-lived goal"));
        long option = initiatives.optionOf(CxField.GOAL, goal.id());

        catalog.goals.delete(ADMIN, goal.id(), goal.version());

        assertTrue(initiatives.jira.optionDisabled(option));
        assertEquals("Short-lived goal", initiatives.jira.optionValue(option));
    }

    @Test
    public void anOptionOfTheSameNameThatNobodyOwnsIsAdoptedInsteadOfDuplicated() {
        long goalField = initiatives.fieldId(CxField.GOAL);
        long byHand = initiatives.jira.addOption(goalField, "Grow repeat orders");
        int options = initiatives.jira.createdCount("option");

        Goal goal = catalog.goals.create(ADMIN, Catalog.goal("Grow repeat orders"));

        assertEquals(byHand, initiatives.optionOf(CxField.GOAL, goal.id()));
        assertEquals(options, initiatives.jira.createdCount("option"));
    }

    @Test
    public void reconcilingAgainChangesNothing() {
        catalog.goals.create(ADMIN, Catalog.goal("Reduce onboarding churn"));
        catalog.metrics.create(ADMIN, Catalog.nps("Onboarding NPS", "owner-key"));

        assertEquals(List.of(), initiatives.optionSync.reconcile());
    }

    @Test
    public void withoutItsFieldsThereIsNothingToKeepInStep() {
        initiatives.jira.deleteFieldByHand(initiatives.fieldId(CxField.GOAL));
        initiatives.jira.deleteFieldByHand(initiatives.fieldId(CxField.METRIC));

        catalog.goals.create(ADMIN, Catalog.goal("Reduce onboarding churn"));

        assertEquals(List.of(), initiatives.optionSync.reconcile());
    }

    private String optionValue(CxField field, int catalogId) {
        return initiatives.jira.optionValue(initiatives.optionOf(field, catalogId));
    }
}
