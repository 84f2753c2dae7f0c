package com.cxalign.jira.workflow.jira;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.workflow.jira.CxWorkflowModules.transitionOf;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.rules.ReadingDraft;
import com.cxalign.jira.initiative.CxSampleIssues;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.testing.ao.DatabaseTest;
import com.cxalign.jira.testing.workflow.WorkflowEngine;
import com.cxalign.jira.workflow.OutcomeRecord;
import com.opensymphony.workflow.InvalidActionException;
import com.opensymphony.workflow.InvalidInputException;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * The bundled workflows ({@code docs/workflows}) in the real OSWorkflow engine, with CX Align's checks built as Jira
 * builds them over the real catalogue and database and an in-memory Jira: transitions are refused with the field's
 * message while a rule is broken, and go through once the fields are right; the outcome record is stored.
 */
@Category(DatabaseTest.class)
public class CxWorkflowsInTheEngineTest {

    private static final int CREATE = 1;
    private static final int COMMIT = 11;
    private static final int START_WORK = 21;
    private static final int START_MEASURING = 31;
    private static final int DONE = 41;
    private static final int TELL_THE_CUSTOMER = 31;

    @Rule
    public Initiatives initiatives = new Initiatives();

    private CxSampleIssues sample;
    private CxWorkflowModules modules;
    private WorkflowEngine initiativeFlow;
    private WorkflowEngine feedbackFlow;

    @Before
    public void engines() {
        sample = CxSampleIssues.in(initiatives);
        modules = new CxWorkflowModules(initiatives);
        initiativeFlow = WorkflowEngine.of("cx-initiative", "workflows/cx-initiative-workflow.xml", "agent-key",
                modules::build);
        feedbackFlow = WorkflowEngine.of("customer-feedback", "workflows/customer-feedback-workflow.xml",
                "agent-key", modules::build);
    }

    @Test
    public void committingAnInitiativeWithoutAnOutcomeIsRefusedNamingTheField() throws Exception {
        long entry = initiativeFlow.start("cx-initiative", CREATE, transitionOf(sample.unalignedInitiative));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> initiativeFlow.doAction(entry, COMMIT, transitionOf(sample.unalignedInitiative)));

        assertEquals(Map.of(outcomeField(), "Customer Outcome: Say what will be different for the customer when"
                + " this is done."), refused.getErrors());
        assertEquals(1, initiativeFlow.currentStep(entry));
    }

    @Test
    public void aPlaceholderOutcomeIsRefusedSayingWhatIsMissing() throws Exception {
        initiatives.jira.setValue(sample.initiative, initiatives.fieldId(CxField.OUTCOME), "TBD");
        long entry = initiativeFlow.start("cx-initiative", CREATE, transitionOf(sample.initiative));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> initiativeFlow.doAction(entry, COMMIT, transitionOf(sample.initiative)));

        assertThat(String.valueOf(refused.getErrors().get(outcomeField())),
                containsString("\"tbd\" is a placeholder. Say in at least 8 words of your own"));
    }

    @Test
    public void anOutcomeThatDoesNotNameTheCustomerIsRefusedBecauseTheBundledWorkflowAsksForIt() throws Exception {
        initiatives.jira.setValue(sample.initiative, initiatives.fieldId(CxField.OUTCOME),
                "The onboarding flow takes five minutes instead of two days from now on.");
        long entry = initiativeFlow.start("cx-initiative", CREATE, transitionOf(sample.initiative));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> initiativeFlow.doAction(entry, COMMIT, transitionOf(sample.initiative)));

        assertThat(String.valueOf(refused.getErrors().get(outcomeField())), containsString("Say who gains"));
    }

    @Test
    public void aMetricThatDoesNotServeTheGoalStopsTheCommitAtTheMetricField() throws Exception {
        int other = initiatives.catalog.metrics.create(ADMIN,
                com.cxalign.jira.catalog.Catalog.nps("Support NPS", "owner-key")).id();
        initiatives.jira.setValue(sample.initiative, initiatives.fieldId(CxField.METRIC),
                initiatives.optionOf(CxField.METRIC, other));
        long entry = initiativeFlow.start("cx-initiative", CREATE, transitionOf(sample.initiative));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> initiativeFlow.doAction(entry, COMMIT, transitionOf(sample.initiative)));

        assertEquals(Map.of("customfield_" + initiatives.fieldId(CxField.METRIC), "CX Metric: The metric \"Support"
                + " NPS\" does not measure the goal \"Reduce onboarding churn\". Choose one of the goal's metrics, or"
                + " ask an admin to link them."), refused.getErrors());
    }

    @Test
    public void anAlignedInitiativeGoesAllTheWayAndItsOutcomeIsRecorded() throws Exception {
        long issue = sample.initiative;
        long entry = initiativeFlow.start("cx-initiative", CREATE, transitionOf(issue));
        initiativeFlow.doAction(entry, COMMIT, transitionOf(issue));
        initiativeFlow.doAction(entry, START_WORK, transitionOf(issue));
        initiativeFlow.doAction(entry, START_MEASURING, transitionOf(issue));

        // Not done yet: no Actual, and addressed feedback loops (CX-3, SECRET-4) still open. The metric has readings
        // since the initiative started (2026-02-02), so "a reading since the start" holds.
        InvalidInputException notMeasured = assertThrows(InvalidInputException.class,
                () -> initiativeFlow.doAction(entry, DONE, transitionOf(issue)));
        assertEquals(Map.of("customfield_" + initiatives.fieldId(CxField.ACTUAL), "Actual: Enter where the metric"
                + " ended up (Actual) before this initiative is done."), notMeasured.getErrors());

        initiatives.jira.setValue(issue, initiatives.fieldId(CxField.ACTUAL), 31.0);
        InvalidInputException loopsOpen = assertThrows(InvalidInputException.class,
                () -> initiativeFlow.doAction(entry, DONE, transitionOf(issue)));
        assertThat(String.valueOf(loopsOpen.getErrors().get("issuelinks")),
                containsString("Close the loop of the feedback this initiative addresses first: CX-3, SECRET-4."));

        closeLoop(sample.openFeedback);
        closeLoop(sample.secretFeedback);
        initiativeFlow.doAction(entry, DONE, transitionOf(issue));

        assertEquals(5, initiativeFlow.currentStep(entry));
        OutcomeRecord record = modules.records.find(issue).orElseThrow();
        assertEquals("CX-1", record.issueKey());
        assertEquals(Integer.valueOf(sample.goal.id()), record.goalId());
        assertEquals(Integer.valueOf(sample.metric.id()), record.metricId());
        assertEquals(new BigDecimal("20"), record.baseline());
        assertEquals(new BigDecimal("35"), record.target());
        assertEquals(new BigDecimal("31"), record.actual());
        assertEquals(new BigDecimal("120000"), record.expectedImpact());
        assertEquals(initiatives.catalog.clock.instant(), record.resolvedAt());
        assertEquals("agent-key", record.recordedBy());
    }

    @Test
    public void withoutAReadingSinceTheStartTheResultIsNotMeasured() throws Exception {
        java.time.Instant afterReadings = LocalDate.parse("2026-10-15").atStartOfDay(Initiatives.ZONE).toInstant();
        long issue = initiatives.jira.addIssue("CX-7", "Started after the last reading", CxSampleIssues.CX_PROJECT,
                initiatives.issueTypeId(com.cxalign.jira.initiative.model.CxIssueType.INITIATIVE),
                initiatives.values(withActual()), afterReadings);
        long entry = walkToMeasuring(issue);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> initiativeFlow.doAction(entry, DONE, transitionOf(issue)));
        assertThat(String.valueOf(refused.getErrors().get("customfield_" + initiatives.fieldId(CxField.METRIC))),
                containsString("Record a reading of \"Onboarding NPS\" taken after 2026-10-15"));

        initiatives.catalog.clock.advance(java.time.Duration.ofDays(20));
        initiatives.catalog.readings.add(ADMIN, sample.metric.id(),
                new ReadingDraft(new BigDecimal("30"), "2026-11-01", "Survey", null));
        initiativeFlow.doAction(entry, DONE, transitionOf(issue));
        assertEquals(5, initiativeFlow.currentStep(entry));
    }

    @Test
    public void tellingTheCustomerIsOfferedOnlyOnceTheLoopIsClosed() throws Exception {
        long feedback = sample.openFeedback;
        long entry = feedbackFlow.start("customer-feedback", CREATE, transitionOf(feedback));
        feedbackFlow.doAction(entry, 11, transitionOf(feedback));
        feedbackFlow.doAction(entry, 21, transitionOf(feedback));

        // The condition hides the transition, and the engine refuses it when asked anyway (as Jira's REST would).
        assertFalse(offered(feedbackFlow, entry, feedback, TELL_THE_CUSTOMER));
        assertThrows(InvalidActionException.class,
                () -> feedbackFlow.doAction(entry, TELL_THE_CUSTOMER, transitionOf(feedback)));
        assertEquals(3, feedbackFlow.currentStep(entry));

        closeLoop(feedback);

        assertTrue(offered(feedbackFlow, entry, feedback, TELL_THE_CUSTOMER));
        feedbackFlow.doAction(entry, TELL_THE_CUSTOMER, transitionOf(feedback));
        assertEquals(4, feedbackFlow.currentStep(entry));
    }

    @Test
    public void issuesOfOtherTypesPassEveryCheck() throws Exception {
        long task = initiatives.jira.addIssue("CX-9", "A plain task", CxSampleIssues.CX_PROJECT,
                initiatives.jira.addIssueTypeByHand("Task"), Map.of());

        long entry = walkToMeasuring(task);
        initiativeFlow.doAction(entry, DONE, transitionOf(task));

        assertEquals(5, initiativeFlow.currentStep(entry));
        assertTrue(modules.records.find(task).isEmpty());
    }

    private long walkToMeasuring(long issue) throws Exception {
        long entry = initiativeFlow.start("cx-initiative", CREATE, transitionOf(issue));
        initiativeFlow.doAction(entry, COMMIT, transitionOf(issue));
        initiativeFlow.doAction(entry, START_WORK, transitionOf(issue));
        initiativeFlow.doAction(entry, START_MEASURING, transitionOf(issue));
        return entry;
    }

    private Map<CxField, Object> withActual() {
        Map<CxField, Object> values = sample.aligned();
        values.put(CxField.OUTCOME, "New customers are productive in their first week without calling support.");
        values.put(CxField.ACTUAL, 31.0);
        return values;
    }

    private void closeLoop(long feedback) {
        initiatives.jira.setValue(feedback, initiatives.fieldId(CxField.LOOP_CLOSED_ON),
                Timestamp.from(LocalDate.parse("2026-10-20").atStartOfDay(Initiatives.ZONE).toInstant()));
        initiatives.jira.setValue(feedback, initiatives.fieldId(CxField.HOW_WE_TOLD), "Call with the account owner");
    }

    private static boolean offered(WorkflowEngine engine, long entry, long issue, int action) {
        return Arrays.stream(engine.availableActions(entry, transitionOf(issue))).anyMatch(id -> id == action);
    }

    private String outcomeField() {
        return "customfield_" + initiatives.fieldId(CxField.OUTCOME);
    }
}
