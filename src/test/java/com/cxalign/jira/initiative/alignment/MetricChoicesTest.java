package com.cxalign.jira.initiative.alignment;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.initiative.CxSampleIssues;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.platform.errors.NotLoggedInException;
import com.cxalign.jira.platform.security.Actor;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** Which metric options go with which goal option: active links only, by Jira's option ids. */
@Category(DatabaseTest.class)
public class MetricChoicesTest {

    @Rule
    public Initiatives initiatives = new Initiatives();

    @Test
    public void eachActiveGoalsOptionListsTheOptionsOfItsActiveMetrics() {
        CxSampleIssues sample = CxSampleIssues.in(initiatives);
        Goal orders = initiatives.catalog.goals.create(ADMIN, Catalog.goal("Grow repeat orders"));
        Metric retired = initiatives.catalog.metrics.create(ADMIN, Catalog.nps("Old NPS", "owner-key"));
        initiatives.catalog.links.link(ADMIN, sample.goal.id(), retired.id());
        initiatives.catalog.metrics.archive(ADMIN, retired.id(), retired.version());

        MetricChoices.Choices choices = initiatives.metricChoices.choices(AGENT);

        long churnOption = initiatives.optionOf(CxField.GOAL, sample.goal.id());
        assertEquals("customfield_" + initiatives.fieldId(CxField.GOAL), choices.goalField());
        assertEquals("customfield_" + initiatives.fieldId(CxField.METRIC), choices.metricField());
        assertEquals(List.of(initiatives.optionOf(CxField.METRIC, sample.metric.id())),
                choices.metricsByGoalOption().get(churnOption));
        assertEquals(List.of(), choices.metricsByGoalOption().get(initiatives.optionOf(CxField.GOAL, orders.id())));
        assertEquals("Reduce onboarding churn", choices.goalNames().get(churnOption));
    }

    @Test
    public void beforeSetupThereAreNoFieldsToNarrow() {
        MetricChoices.Choices choices = initiatives.metricChoices.choices(AGENT);

        assertNull(choices.goalField());
        assertEquals(0, choices.metricsByGoalOption().size());
        assertThrows(NotLoggedInException.class, () -> initiatives.metricChoices.choices(Actor.anonymous()));
    }
}
