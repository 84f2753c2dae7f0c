package com.cxalign.jira.workflow.rules;

import static org.junit.Assert.assertEquals;

import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Direction;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.JourneyStage;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.MetricKind;
import com.cxalign.jira.feedback.FeedbackValues;
import com.cxalign.jira.feedback.LoopState;
import com.cxalign.jira.initiative.alignment.AlignmentFacts;
import com.cxalign.jira.initiative.model.InitiativeValues;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.workflow.rules.LoopRule.LinkedLoop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

/** "Aligned to goal and metric", "Outcome measured" and "Feedback loop closed" on plain values. */
public class WorkflowRulesTest {

    private static final Goal GOAL = new Goal(7, "Reduce onboarding churn", "", "owner", CatalogStatus.ACTIVE, 1, 1);
    private static final Metric NPS = new Metric(9, "Onboarding NPS", MetricKind.NPS, "NPS",
            Direction.HIGHER_IS_BETTER, null, null, new BigDecimal("20"), LocalDate.parse("2026-01-01"),
            new BigDecimal("35"), LocalDate.parse("2026-12-31"), JourneyStage.ONBOARDING, "owner",
            CatalogStatus.ACTIVE, 1);
    private static final LocalDate STARTED = LocalDate.parse("2026-03-01");

    @Test
    public void alignedIgnoresTheOutcomeWhichHasItsOwnCheck() {
        InitiativeValues noOutcome = values(null, null, null);

        assertEquals(List.of(), AlignedRule.check(noOutcome, new AlignmentFacts(GOAL, NPS, true), false));
    }

    @Test
    public void alignedRefusesAMismatchedMetricAndAMissingExpectedImpactWhenAskedFor() {
        assertEquals(List.of(FieldError.of("metric", "cx-align.alignment.metric.not-for-goal", "Onboarding NPS",
                "Reduce onboarding churn")), AlignedRule.check(values("x", null, null),
                new AlignmentFacts(GOAL, NPS, false), false));
        assertEquals(List.of(FieldError.of("expectedImpact", "cx-align.workflow.expected-impact.missing")),
                AlignedRule.check(values("x", null, null), new AlignmentFacts(GOAL, NPS, true), true));
        assertEquals(List.of(), AlignedRule.check(values("x", null, "50000"), new AlignmentFacts(GOAL, NPS, true),
                true));
    }

    @Test
    public void measuredNeedsAnActualAndWhereAskedAReadingAfterTheStartDay() {
        assertEquals(List.of(FieldError.of("actual", "cx-align.workflow.actual.missing")),
                MeasuredRule.check(values("x", null, null), NPS, STARTED, LocalDate.parse("2026-06-01"), false));
        assertEquals(List.of(), MeasuredRule.check(values("x", "31", null), NPS, STARTED,
                LocalDate.parse("2026-03-02"), true));
        List<FieldError> sameDay = List.of(FieldError.of("metric", "cx-align.workflow.reading.none-since",
                "Onboarding NPS", STARTED));
        assertEquals(sameDay, MeasuredRule.check(values("x", "31", null), NPS, STARTED, STARTED, true));
        assertEquals(sameDay, MeasuredRule.check(values("x", "31", null), NPS, STARTED, null, true));
        assertEquals(List.of(FieldError.of("metric", "cx-align.alignment.metric.missing")),
                MeasuredRule.check(values("x", "31", null), null, STARTED, null, true));
        // An issue being created (a check on Create) has not started: any reading counts.
        assertEquals(List.of(), MeasuredRule.check(values("x", "31", null), NPS, null, STARTED, true));
        assertEquals(sameDay.size(), MeasuredRule.check(values("x", "31", null), NPS, null, null, true).size());
    }

    @Test
    public void aFeedbackLoopIsClosedOnlyWithTheDayAndTheWayTheCustomerWasTold() {
        assertEquals(List.of(FieldError.of("loopClosedOn", "cx-align.workflow.loop.closed-on.missing"),
                FieldError.of("howWeTold", "cx-align.workflow.loop.how-told.missing")),
                LoopRule.checkFeedback(FeedbackValues.empty()));
        assertEquals(List.of(FieldError.of("howWeTold", "cx-align.workflow.loop.how-told.missing")),
                LoopRule.checkFeedback(new FeedbackValues(null, null, null, STARTED, null, null)));
        assertEquals(List.of(), LoopRule.checkFeedback(new FeedbackValues(null, null, null, STARTED, "Call", null)));
    }

    @Test
    public void anInitiativeWaitsForEveryOpenLoopItAddressesNamingThem() {
        assertEquals(List.of(), LoopRule.checkLinkedLoops(List.of()));
        assertEquals(List.of(), LoopRule.checkLinkedLoops(List.of(new LinkedLoop("CX-2", LoopState.CLOSED))));
        assertEquals(List.of(FieldError.of("issuelinks", "cx-align.workflow.loops.open", "CX-3, CX-4")),
                LoopRule.checkLinkedLoops(List.of(new LinkedLoop("CX-2", LoopState.CLOSED),
                        new LinkedLoop("CX-3", LoopState.ACTED_ON), new LinkedLoop("CX-4", LoopState.OPEN))));
    }

    private static InitiativeValues values(String outcome, String actual, String expectedImpact) {
        return new InitiativeValues(7, 9, outcome, new BigDecimal("20"), new BigDecimal("35"), decimal(actual),
                decimal(expectedImpact), JourneyStage.ONBOARDING);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
