package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static com.cxalign.jira.catalog.Catalog.goal;
import static com.cxalign.jira.catalog.Catalog.nps;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.config.ConfigDocument;
import com.cxalign.jira.catalog.config.ConfigDocument.ChampionEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.LinkEntry;
import com.cxalign.jira.catalog.config.ImportSummary;
import com.cxalign.jira.catalog.config.ImportSummary.ItemChanges;
import com.cxalign.jira.catalog.config.ImportSummary.Change;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.GoalScope;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.Mission;
import com.cxalign.jira.catalog.rules.ChampionDraft;
import com.cxalign.jira.catalog.rules.HygieneSettingsDraft;
import com.cxalign.jira.catalog.rules.MetricDraft;
import com.cxalign.jira.catalog.rules.MissionDraft;
import com.cxalign.jira.catalog.rules.ScopeDraft;
import com.cxalign.jira.catalog.store.AuditEntryEntity;
import com.cxalign.jira.catalog.store.GoalMetricEntity;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.testing.ao.DatabaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.java.ao.ActiveObjectsException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(DatabaseTest.class)
public class ConfigImportTest {

    @Rule
    public Catalog catalog = new Catalog();

    /** A second Jira instance, with a database of its own. */
    @Rule
    public Catalog other = new Catalog();

    private TransferServices transfer;
    private AlignmentServices alignment;
    private Goal churn;
    private Goal orders;
    private Metric nps;
    private Metric contacts;

    @Before
    public void fillTheCatalogue() {
        transfer = TransferServices.over(catalog);
        catalog.missions.update(ADMIN, new MissionDraft("Answer right the first time.", "Repeat contacts under 5%."),
                0);
        churn = catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));
        orders = catalog.goals.create(ADMIN, goal("Grow repeat orders"));
        orders = catalog.goals.archive(ADMIN, orders.id(), orders.version());
        nps = catalog.metrics.create(ADMIN, nps("Onboarding NPS", "owner-key"));
        contacts = catalog.metrics.create(ADMIN, new MetricDraft("Repeat contacts", "SUPPORT_CONTACTS", null,
                "LOWER_IS_BETTER", null, null, new BigDecimal("1200"), "2026-01-01", new BigDecimal("900.5"),
                "2026-12-31", "SUPPORT", null));
        catalog.links.link(ADMIN, churn.id(), nps.id());
        catalog.links.link(ADMIN, churn.id(), contacts.id());
        alignment = AlignmentServices.over(catalog);
        alignment.scopes.replace(ADMIN, churn.id(), new ScopeDraft(List.of(10000L), List.of("Support", "Sales")),
                churn.version());
        churn = catalog.goals.get(ADMIN, churn.id());
        alignment.champions.create(ADMIN, new ChampionDraft("jane-key", "Support", "2026-01-01", "2026-06-30"));
        alignment.champions.create(ADMIN, new ChampionDraft("tom-key", "Sales", "2026-03-01", null));
        alignment.hygieneSettings.update(ADMIN, new HygieneSettingsDraft(4, 120), 0);
    }

    @Test
    public void aDocumentExportedFromOneJiraRecreatesTheSameCatalogueInAnother() {
        ConfigDocument exported = transfer.exports.export(ADMIN);
        TransferServices otherTransfer = TransferServices.over(other);

        ImportSummary summary = otherTransfer.imports.importDocument(ADMIN, Documents.tree(Documents.json(exported)));

        assertEquals(Change.CREATED, summary.mission());
        assertEquals(List.of("Grow repeat orders", "Reduce onboarding churn"), summary.goals().created());
        assertEquals(List.of("Onboarding NPS", "Repeat contacts"), summary.metrics().created());
        assertEquals(2, summary.links().created().size());
        assertEquals(2, summary.champions().created().size());
        assertEquals(Change.CREATED, summary.hygiene());
        assertEquals(1 + 2 + 2 + 2 + 2 + 1, summary.changes());
        assertEquals(Documents.timeless(exported), Documents.timeless(otherTransfer.exports.export(ADMIN)));
        assertEquals(CatalogStatus.ARCHIVED, other.goals.list(ADMIN, true).stream()
                .filter(goal -> goal.name().equals("Grow repeat orders")).findFirst().orElseThrow().status());
    }

    @Test
    public void importingTheSameDocumentTwiceChangesNothingTheSecondTime() {
        JsonNode document = Documents.tree(transfer.exports.export(ADMIN));
        TransferServices otherTransfer = TransferServices.over(other);
        otherTransfer.imports.importDocument(ADMIN, document);
        List<Goal> goalsBefore = other.goals.list(ADMIN, true);
        List<Metric> metricsBefore = other.metrics.list(ADMIN, true);
        int audit = other.ao().activeObjects().count(AuditEntryEntity.class);

        ImportSummary again = otherTransfer.imports.importDocument(ADMIN, document);

        assertEquals(0, again.changes());
        assertEquals(Change.UNCHANGED, again.mission());
        assertEquals(new ItemChanges(List.of(), List.of(), List.of("Grow repeat orders", "Reduce onboarding churn"),
                List.of(), List.of()), again.goals());
        assertEquals(List.of("Onboarding NPS", "Repeat contacts"), again.metrics().unchanged());
        assertEquals(2, again.links().unchanged().size());
        assertEquals(2, again.champions().unchanged().size());
        assertEquals(Change.UNCHANGED, again.hygiene());
        assertEquals(goalsBefore, other.goals.list(ADMIN, true));
        assertEquals(metricsBefore, other.metrics.list(ADMIN, true));
        assertEquals(audit, other.ao().activeObjects().count(AuditEntryEntity.class));
    }

    @Test
    public void importingItsOwnExportChangesNothingEvenWhenNumbersAreWrittenDifferently() {
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> ((ObjectNode) tree
                .withArray("metrics").get(1)).put("target", new BigDecimal("900.50")).put("baseline", 1200.0));

        ImportSummary summary = transfer.imports.importDocument(ADMIN, document);

        assertEquals(0, summary.changes());
        assertEquals("900.5", catalog.metrics.get(ADMIN, contacts.id()).target().toPlainString());
    }

    @Test
    public void aChangedEntryIsUpdatedInPlaceWithOneNewVersionAndOneAuditEntry() {
        int audit = auditLength();
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> {
            goalNamed(tree, "Reduce onboarding churn").put("description", "Keep customers past day 30.");
            metricNamed(tree, "Onboarding NPS").put("target", 40);
        });

        ImportSummary summary = transfer.imports.importDocument(ADMIN, document);

        assertEquals(List.of("Reduce onboarding churn"), summary.goals().updated());
        assertEquals(List.of("Onboarding NPS"), summary.metrics().updated());
        assertEquals(Change.UNCHANGED, summary.mission());
        Goal updated = catalog.goals.get(ADMIN, churn.id());
        assertEquals("Keep customers past day 30.", updated.description());
        assertEquals(churn.version() + 1, updated.version());
        assertEquals(orders.version(), catalog.goals.get(ADMIN, orders.id()).version());
        assertEquals(new BigDecimal("40"), catalog.metrics.get(ADMIN, nps.id()).target());
        assertEquals(audit + 2, auditLength());
        assertEquals("import-update", catalog.audit.list(ADMIN, 0, 1).get(0).action());
    }

    @Test
    public void anArchivedGoalTheDocumentCallsActiveIsRestoredAndTheMissionRewritten() {
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> {
            goalNamed(tree, "Grow repeat orders").put("status", "active");
            ((ObjectNode) tree.get("mission")).put("statement", "Fix it once, for good.");
        });

        ImportSummary summary = transfer.imports.importDocument(ADMIN, document);

        assertEquals(CatalogStatus.ACTIVE, catalog.goals.get(ADMIN, orders.id()).status());
        assertEquals(Change.UPDATED, summary.mission());
        Mission mission = catalog.missions.get(ADMIN);
        assertEquals("Fix it once, for good.", mission.statement());
        assertEquals(2, mission.version());
    }

    @Test
    public void theDepartmentsOfAGoalAreReplacedAsPartOfTheGoalAndItsProjectsKept() {
        int audit = auditLength();
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> goalNamed(tree,
                "Reduce onboarding churn").putArray("departments").add("Onboarding").add("support"));

        ImportSummary summary = transfer.imports.importDocument(ADMIN, document);

        assertEquals(List.of("Reduce onboarding churn"), summary.goals().updated());
        GoalScope scope = alignment.scopes.get(ADMIN, churn.id());
        assertEquals(List.of("Onboarding", "support"), scope.departments());
        assertEquals(List.of(10000L), scope.projectIds());
        assertEquals(churn.version() + 1, scope.goalVersion());
        assertEquals(audit + 1, auditLength());
        assertEquals("[Onboarding, support]", Documents.tree(catalog.audit.list(ADMIN, 0, 1).get(0).afterJson())
                .get("departments").asText());
    }

    @Test
    public void aGoalEntryWithoutDepartmentsLeavesTheScopeAlone() {
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> goalNamed(tree,
                "Reduce onboarding churn").remove("departments"));

        assertEquals(0, transfer.imports.importDocument(ADMIN, document).changes());
        assertEquals(List.of("Sales", "Support"), alignment.scopes.get(ADMIN, churn.id()).departments());
    }

    @Test
    public void championTermsAreMatchedByPersonDepartmentAndStartDay() {
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> {
            ArrayNode champions = tree.withArray("champions");
            ((ObjectNode) champions.get(0)).put("endsOn", "2026-12-31").put("department", "SALES");
            champions.remove(1);
            champions.addObject().put("userKey", "ann-key").put("department", "Support").put("startsOn", "2026-07-01");
        });

        ImportSummary summary = transfer.imports.importDocument(ADMIN, document);

        assertEquals(List.of(new ChampionEntry("tom-key", "SALES", "2026-03-01", "2026-12-31")),
                summary.champions().updated());
        assertEquals(List.of(new ChampionEntry("ann-key", "Support", "2026-07-01", null)),
                summary.champions().created());
        assertEquals(List.of(new ChampionEntry("jane-key", "Support", "2026-01-01", "2026-06-30")),
                summary.champions().notInDocument());
        assertEquals(3, alignment.champions.list(ADMIN, null).size());
        assertEquals(2, alignment.champions.list(ADMIN, null).stream()
                .filter(term -> term.userKey().equals("tom-key")).findFirst().orElseThrow().version());
    }

    @Test
    public void aTermOverlappingATermTheFileLacksIsRefusedWithTheRostersMessage() {
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> {
            ArrayNode champions = tree.withArray("champions");
            champions.remove(1);
            champions.addObject().put("userKey", "jane-key").put("department", "support")
                    .put("startsOn", "2026-06-01");
        });

        ValidationException error = assertThrows(ValidationException.class,
                () -> transfer.imports.importDocument(ADMIN, document));

        assertEquals(Map.of("champions[1].startsOn", "cx-align.champion.overlap"), keys(error));
    }

    @Test
    public void theHygieneThresholdsAreWrittenOnlyWhenTheyDiffer() {
        JsonNode changed = Documents.edited(transfer.exports.export(ADMIN), tree -> ((ObjectNode) tree
                .get("hygiene")).put("staleDays", 180));
        JsonNode missing = Documents.edited(transfer.exports.export(ADMIN), tree -> tree.remove("hygiene"));

        assertEquals(Change.UPDATED, transfer.imports.importDocument(ADMIN, changed).hygiene());
        assertEquals(180, alignment.hygieneSettings.get(ADMIN).staleDays());
        assertEquals(2, alignment.hygieneSettings.get(ADMIN).version());
        assertEquals(Change.UNCHANGED, transfer.imports.importDocument(ADMIN, changed).hygiene());
        assertEquals(Change.NOT_IN_DOCUMENT, transfer.imports.importDocument(ADMIN, missing).hygiene());
    }

    @Test
    public void whatTheDocumentLacksIsReportedAndKept() {
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> {
            tree.putNull("mission");
            tree.withArray("goals").remove(0);
            tree.withArray("metrics").remove(1);
            tree.withArray("links").removeAll();
        });

        ImportSummary summary = transfer.imports.importDocument(ADMIN, document);

        assertEquals(Change.NOT_IN_DOCUMENT, summary.mission());
        assertEquals(List.of("Grow repeat orders"), summary.goals().notInDocument());
        assertEquals(List.of("Repeat contacts"), summary.metrics().notInDocument());
        assertEquals(List.of(new LinkEntry("Reduce onboarding churn", "Onboarding NPS"),
                new LinkEntry("Reduce onboarding churn", "Repeat contacts")), summary.links().notInDocument());
        assertEquals(0, summary.changes());
        assertEquals(2, catalog.ao().activeObjects().count(GoalMetricEntity.class));
        assertEquals(CatalogStatus.ACTIVE, catalog.metrics.get(ADMIN, contacts.id()).status());
    }

    @Test
    public void aDocumentThatAsksForItArchivesTheActiveItemsItLacks() {
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> {
            tree.put("archiveMissing", true);
            tree.withArray("goals").remove(1);
            tree.withArray("metrics").remove(1);
            tree.withArray("links").removeAll();
        });

        ImportSummary summary = transfer.imports.importDocument(ADMIN, document);

        assertEquals(List.of("Repeat contacts"), summary.metrics().archived());
        assertEquals(CatalogStatus.ARCHIVED, catalog.metrics.get(ADMIN, contacts.id()).status());
        assertEquals(List.of("Reduce onboarding churn"), summary.goals().archived());
        assertEquals(List.of("Grow repeat orders"), summary.goals().unchanged());
        assertEquals(2, summary.changes());
        assertEquals("import-archive", catalog.audit.list(ADMIN, 0, 1).get(0).action());
        assertEquals(2, summary.links().notInDocument().size());
    }

    @Test
    public void aRenamedGoalIsANewGoalSinceNamesIdentifyGoals() {
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> {
            goalNamed(tree, "Reduce onboarding churn").put("name", "Reduce churn in the first 30 days");
            for (JsonNode link : tree.withArray("links")) {
                ((ObjectNode) link).put("goal", "Reduce churn in the first 30 days");
            }
        });

        ImportSummary summary = transfer.imports.importDocument(ADMIN, document);

        assertEquals(List.of("Reduce churn in the first 30 days"), summary.goals().created());
        assertEquals(List.of("Reduce onboarding churn"), summary.goals().notInDocument());
        assertEquals(2, summary.links().created().size());
        assertEquals(2, summary.links().notInDocument().size());
    }

    @Test
    public void anEntryWithoutADisplayOrderKeepsItsPlaceAndANewGoalGoesLast() {
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> {
            goalNamed(tree, "Reduce onboarding churn").remove("displayOrder");
            tree.withArray("goals").addObject().put("name", "Fewer repeat contacts").put("status", "ACTIVE");
        });

        ImportSummary summary = transfer.imports.importDocument(ADMIN, document);

        assertEquals(List.of("Grow repeat orders", "Reduce onboarding churn"), summary.goals().unchanged());
        assertEquals(List.of(10, 30), catalog.goals.list(ADMIN, false).stream().map(Goal::displayOrder).toList());
    }

    @Test
    public void everyProblemOfTheDocumentIsReportedAtOnceWithItsPathAndNothingChanges() {
        int audit = auditLength();
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> {
            ArrayNode goals = tree.withArray("goals");
            ((ObjectNode) goals.get(0)).put("displayOrder", "first");
            ((ObjectNode) goals.get(1)).put("status", "DELETED").put("ownerkey", "typo");
            goals.addObject().put("name", " reduce ONBOARDING churn ").put("status", "ACTIVE");
            goals.add("not an entry");
            metricNamed(tree, "Onboarding NPS").put("target", 10);
            tree.withArray("links").addObject().put("goal", "Reduce onboarding churn").put("metric", "Unknown");
            ((ObjectNode) tree.get("mission")).put("statement", "");
        });

        ValidationException error = assertThrows(ValidationException.class,
                () -> transfer.imports.importDocument(ADMIN, document));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("goals[0].displayOrder", "cx-align.config.type.whole-number");
        expected.put("goals[1].ownerkey", "cx-align.config.unknown-field");
        expected.put("goals[3]", "cx-align.config.type.object");
        expected.put("mission.statement", "cx-align.field.required");
        expected.put("goals[1].status", "cx-align.field.choice");
        expected.put("goals[2].name", "cx-align.config.name.repeated");
        expected.put("metrics[0].target", "cx-align.metric.target.higher");
        expected.put("links[2].metric", "cx-align.config.link.metric.unknown");
        assertEquals(expected, keys(error));
        assertEquals(List.of("goals[1]", "reduce ONBOARDING churn"), argumentsOf(error, "goals[2].name"));
        assertEquals(audit, auditLength());
    }

    @Test
    public void aFileOfAnotherFormatOrANewerVersionIsNotCheckedFurther() {
        JsonNode newer = Documents.edited(transfer.exports.export(ADMIN), tree -> {
            tree.put("version", 2);
            tree.put("scopes", "a section version 1 does not know");
        });
        JsonNode foreign = Documents.tree("{\"format\": \"jira-backup\", \"version\": 1, \"issues\": []}");

        assertEquals(Map.of("version", "cx-align.config.version.newer"), keys(assertThrows(ValidationException.class,
                () -> transfer.imports.importDocument(ADMIN, newer))));
        assertEquals(Map.of("format", "cx-align.config.format"), keys(assertThrows(ValidationException.class,
                () -> transfer.imports.importDocument(ADMIN, foreign))));
        assertEquals(Map.of("document", "cx-align.config.document"), keys(assertThrows(ValidationException.class,
                () -> transfer.imports.importDocument(ADMIN, Documents.tree("[1, 2]")))));
    }

    @Test
    public void aNameSharedByTwoGoalsOfTheEntrysStatusIsAmbiguousRatherThanGuessed() {
        JsonNode document = Documents.tree(transfer.exports.export(ADMIN));
        Goal second = catalog.goals.create(ADMIN, goal("Grow repeat orders"));
        catalog.goals.archive(ADMIN, second.id(), second.version());

        ValidationException error = assertThrows(ValidationException.class,
                () -> transfer.imports.importDocument(ADMIN, document));

        assertEquals(Map.of("goals[0].name", "cx-align.config.goal.ambiguous"), keys(error));
        assertEquals(List.of("2", "Grow repeat orders"), argumentsOf(error, "goals[0].name"));
    }

    @Test
    public void ofTwoGoalsWithOneNameTheOneWithTheEntrysStatusIsMeant() {
        catalog.goals.create(ADMIN, goal("Grow repeat orders"));

        ImportSummary summary = transfer.imports.importDocument(ADMIN, Documents.edited(
                new ConfigDocument("cx-align-catalog", 1, null, null, null, List.of(), List.of(), List.of(), null,
                        null),
                tree -> tree.withArray("goals").addObject().put("name", "Grow repeat orders")
                        .put("description", "Why this goal matters.").put("ownerKey", "owner-key")
                        .put("status", "ARCHIVED")));

        assertEquals(List.of("Grow repeat orders"), summary.goals().unchanged());
        assertEquals(List.of("Grow repeat orders", "Reduce onboarding churn"), summary.goals().notInDocument());
    }

    @Test
    public void aFailureHalfwayThroughLeavesTheCatalogueAsItWas() {
        ConfigImport failing = new ConfigImport(failingOnCreateOf(GoalMetricEntity.class), catalog.audit,
                catalog.clock, AlignmentServices.over(catalog).hygieneSettings, catalog.changes);
        int audit = auditLength();
        JsonNode document = Documents.edited(transfer.exports.export(ADMIN), tree -> {
            ((ObjectNode) tree.get("mission")).put("statement", "Changed before the failure.");
            goalNamed(tree, "Reduce onboarding churn").put("description", "Changed before the failure.");
            tree.withArray("goals").addObject().put("name", "Created before the failure").put("status", "ACTIVE");
            tree.withArray("links").addObject().put("goal", "Created before the failure")
                    .put("metric", "Onboarding NPS");
        });

        assertThrows(ActiveObjectsException.class, () -> failing.importDocument(ADMIN, document));

        assertEquals("Answer right the first time.", catalog.missions.get(ADMIN).statement());
        assertEquals(churn, catalog.goals.get(ADMIN, churn.id()));
        assertEquals(2, catalog.goals.list(ADMIN, true).size());
        assertEquals(audit, auditLength());
    }

    @Test
    public void onlyAdminsImport() {
        JsonNode document = Documents.tree(transfer.exports.export(ADMIN));

        assertThrows(ForbiddenException.class, () -> transfer.imports.importDocument(AGENT, document));
    }

    /** The catalogue's ActiveObjects, except that creating a row of {@code type} fails like a lost connection. */
    private ActiveObjects failingOnCreateOf(Class<?> type) {
        ActiveObjects real = catalog.ao().activeObjects();
        return (ActiveObjects) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ActiveObjects.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("create") && arguments[0] == type) {
                        throw new ActiveObjectsException("the database connection was lost");
                    }
                    try {
                        return method.invoke(real, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private int auditLength() {
        return catalog.ao().activeObjects().count(AuditEntryEntity.class);
    }

    private static ObjectNode goalNamed(ObjectNode document, String name) {
        return entryNamed(document.withArray("goals"), name);
    }

    private static ObjectNode metricNamed(ObjectNode document, String name) {
        return entryNamed(document.withArray("metrics"), name);
    }

    private static ObjectNode entryNamed(ArrayNode entries, String name) {
        for (JsonNode entry : entries) {
            if (name.equals(entry.path("name").asText())) {
                return (ObjectNode) entry;
            }
        }
        throw new AssertionError("no entry called " + name);
    }

    private static Map<String, String> keys(ValidationException error) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (FieldError fieldError : error.getFieldErrors()) {
            keys.merge(fieldError.field(), fieldError.messageKey(), (a, b) -> a + " " + b);
        }
        return keys;
    }

    private static List<String> argumentsOf(ValidationException error, String field) {
        return error.getFieldErrors().stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow()
                .arguments();
    }
}
