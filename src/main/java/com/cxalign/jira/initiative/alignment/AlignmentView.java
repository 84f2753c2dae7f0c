package com.cxalign.jira.initiative.alignment;

import com.cxalign.jira.platform.errors.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the issue panel shows about one CX issue, and what the alignment REST resource returns: for a CX
 * Initiative the mission, goal, metric with its progress, the numbers, the outcome and the feedback it addresses;
 * for a Customer Feedback issue its loop and the initiatives that address it. Parts that do not apply are null or
 * empty. {@code hints} say, field by field, what is missing or does not fit; they are advice, not errors.
 */
public record AlignmentView(String issueKey, String summary, String type, MissionView mission, GoalView goal,
                            MetricView metric, BigDecimal baseline, BigDecimal target, BigDecimal actual,
                            BigDecimal expectedImpact, String outcome, String journeyStage,
                            LoopView loop, List<LinkedIssueView> linkedIssues, boolean moreLinks,
                            List<FieldError> hints) {

    public AlignmentView {
        linkedIssues = List.copyOf(linkedIssues);
        hints = List.copyOf(hints);
    }

    public record MissionView(String statement, String successStatement) {
    }

    /** The goal, and the JQL that finds every initiative for it (null before the plugin has set Jira up). */
    public record GoalView(int id, String name, boolean archived, String jql) {
    }

    /**
     * The metric the initiative moves: where it started (the initiative's baseline, else the metric's), its latest
     * reading, where it should get to, and the share of the way done in the metric's direction (null if unknown).
     */
    public record MetricView(int id, String name, String unit, String direction, boolean archived,
                             boolean servesGoal, BigDecimal baseline, BigDecimal latest, LocalDate latestOn,
                             BigDecimal target, Integer progressPercent) {
    }

    /** A feedback loop: its state, and the facts of the feedback. */
    public record LoopView(String state, String channel, String customer, String sentiment, LocalDate closedOn,
                           String howWeTold) {
    }

    /** An issue at the other end of an "addresses feedback" link; {@code loopState} only for feedback. */
    public record LinkedIssueView(String key, String summary, String type, String loopState) {
    }
}
