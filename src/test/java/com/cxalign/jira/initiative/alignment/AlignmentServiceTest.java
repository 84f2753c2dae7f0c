package com.cxalign.jira.initiative.alignment;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.initiative.CxSampleIssues;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.alignment.AlignmentView.LinkedIssueView;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.errors.NotLoggedInException;
import com.cxalign.jira.platform.security.Actor;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** The alignment of CX issues from their Jira values and the real catalogue on a real database. */
@Category(DatabaseTest.class)
public class AlignmentServiceTest {

    @Rule
    public Initiatives initiatives = new Initiatives();

    private CxSampleIssues sample;

    @Before
    public void sampleProgram() {
        sample = CxSampleIssues.in(initiatives);
    }

    @Test
    public void anAlignedInitiativeShowsItsMissionGoalMetricProgressAndNumbers() {
        AlignmentView view = initiatives.alignments.alignmentOf(AGENT, "CX-1");

        assertEquals("initiative", view.type());
        assertEquals("We make every customer feel looked after.", view.mission().statement());
        assertEquals("Reduce onboarding churn", view.goal().name());
        assertFalse(view.goal().archived());
        assertEquals("cf[" + initiatives.fieldId(CxField.GOAL) + "] = \"Reduce onboarding churn\"", view.goal().jql());
        AlignmentView.MetricView metric = view.metric();
        assertEquals("Onboarding NPS", metric.name());
        assertEquals("NPS", metric.unit());
        assertTrue(metric.servesGoal());
        assertEquals(new BigDecimal("27"), metric.latest());
        assertEquals(LocalDate.parse("2026-10-01"), metric.latestOn());
        // (27 - 20) / (35 - 20) = 46.7%: whole percent, rounded down
        assertEquals(Integer.valueOf(46), metric.progressPercent());
        assertEquals(new BigDecimal("20"), view.baseline());
        assertEquals(new BigDecimal("35"), view.target());
        assertEquals(new BigDecimal("120000"), view.expectedImpact());
        assertNull(view.actual());
        assertEquals("Onboarding", view.journeyStage());
        assertEquals("New customers are productive in their first week without calling support.", view.outcome());
        assertEquals(List.of(), view.hints());
    }

    @Test
    public void theFeedbackAnInitiativeAddressesComesWithEachLoopStateAndOnlyWhatTheUserMayBrowse() {
        List<LinkedIssueView> forAgent = initiatives.alignments.alignmentOf(AGENT, "CX-1").linkedIssues();
        List<LinkedIssueView> forAdmin = initiatives.alignments.alignmentOf(ADMIN, "CX-1").linkedIssues();

        assertEquals(List.of(new LinkedIssueView("CX-2", "Setup took me two days", "feedback", "CLOSED"),
                new LinkedIssueView("CX-3", "I could not find the import", "feedback", "ACTED_ON")), forAgent);
        assertEquals(3, forAdmin.size());
        assertEquals("SECRET-4", forAdmin.get(2).key());
    }

    @Test
    public void anUnalignedInitiativeGetsAHintForEveryMissingField() {
        AlignmentView view = initiatives.alignments.alignmentOf(AGENT, "CX-5");

        assertNull(view.goal());
        assertNull(view.metric());
        assertEquals(List.of("goal", "metric", "outcome", "baseline", "target"),
                view.hints().stream().map(FieldError::field).toList());
    }

    @Test
    public void anArchivedGoalStillShowsMarkedArchivedWithAHint() {
        Goal archived = initiatives.catalog.goals.archive(ADMIN, sample.goal.id(), sample.goal.version());

        AlignmentView view = initiatives.alignments.alignmentOf(AGENT, "CX-1");

        assertEquals("Reduce onboarding churn", view.goal().name());
        assertTrue(view.goal().archived());
        assertEquals("cf[" + initiatives.fieldId(CxField.GOAL) + "] = " + initiatives.optionOf(CxField.GOAL,
                sample.goal.id()), view.goal().jql());
        assertEquals(List.of(FieldError.of("goal", "cx-align.alignment.goal.archived", archived.name())),
                view.hints());
    }

    @Test
    public void aMetricThatDoesNotServeTheGoalIsNamedInAHint() {
        Metric other = initiatives.catalog.metrics.create(ADMIN, Catalog.nps("Support NPS", "owner-key"));
        Map<CxField, Object> values = sample.aligned();
        values.put(CxField.METRIC, initiatives.optionOf(CxField.METRIC, other.id()));
        sample.initiativeIssue("CX-6", "Wrong metric", values);

        AlignmentView view = initiatives.alignments.alignmentOf(AGENT, "CX-6");

        assertFalse(view.metric().servesGoal());
        assertEquals(List.of(FieldError.of("metric", "cx-align.alignment.metric.not-for-goal", "Support NPS",
                "Reduce onboarding churn")), view.hints());
    }

    @Test
    public void withoutItsOwnBaselineAndTargetTheMetricsAreUsedForProgress() {
        Map<CxField, Object> values = sample.aligned();
        values.remove(CxField.BASELINE);
        values.remove(CxField.TARGET);
        sample.initiativeIssue("CX-7", "Numbers missing", values);

        AlignmentView view = initiatives.alignments.alignmentOf(AGENT, "CX-7");

        assertEquals(new BigDecimal("20"), view.metric().baseline());
        assertEquals(Integer.valueOf(46), view.metric().progressPercent());
        assertEquals(List.of("baseline", "target"), view.hints().stream().map(FieldError::field).toList());
    }

    @Test
    public void feedbackShowsItsLoopAndTheInitiativesThatAddressIt() {
        AlignmentView closed = initiatives.alignments.alignmentOf(AGENT, "CX-2");
        AlignmentView open = initiatives.alignments.alignmentOf(AGENT, "CX-3");

        assertEquals("feedback", closed.type());
        assertEquals("CLOSED", closed.loop().state());
        assertEquals("Survey", closed.loop().channel());
        assertEquals("Negative", closed.loop().sentiment());
        assertEquals("Acme Retail", closed.loop().customer());
        assertEquals(LocalDate.parse("2026-10-15"), closed.loop().closedOn());
        assertEquals(List.of(), closed.hints());
        assertEquals(List.of("CX-1"), closed.linkedIssues().stream().map(LinkedIssueView::key).toList());
        assertEquals("ACTED_ON", open.loop().state());
        assertEquals(List.of("loopClosedOn", "howWeTold"), open.hints().stream().map(FieldError::field).toList());
    }

    @Test
    public void anUnknownKeyIsA404AndAnIssueThatIsNoCxIssueToo() {
        initiatives.jira.addIssue("CX-9", "A plain task", CxSampleIssues.CX_PROJECT,
                initiatives.jira.addIssueTypeByHand("Task"), Map.of());

        assertEquals("cx-align.alignment.issue.not-found", assertThrows(NotFoundException.class,
                () -> initiatives.alignments.alignmentOf(AGENT, "NOPE-1")).getMessageKey());
        assertEquals("cx-align.alignment.issue.not-cx", assertThrows(NotFoundException.class,
                () -> initiatives.alignments.alignmentOf(AGENT, "CX-9")).getMessageKey());
    }

    @Test
    public void whoMayNotBrowseTheIssueIsRefusedAndNobodyLoggedInToo() {
        assertThrows(ForbiddenException.class, () -> initiatives.alignments.alignmentOf(AGENT, "SECRET-4"));
        assertThrows(ForbiddenException.class,
                () -> initiatives.alignments.alignmentOf(Actor.user("stranger"), "CX-1"));
        assertThrows(NotLoggedInException.class,
                () -> initiatives.alignments.alignmentOf(Actor.anonymous(), "CX-1"));
    }
}
