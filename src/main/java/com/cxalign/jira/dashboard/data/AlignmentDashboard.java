package com.cxalign.jira.dashboard.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the "CX mission alignment" dashboard item shows, as {@code GET /dashboard/alignment} returns it: the mission,
 * per goal how many initiatives are open, in progress and done and how many are fully aligned (goal, metric and
 * customer outcome), a page of the initiatives that are not, and per metric where it stands. Only the projects the
 * user may browse are counted.
 */
public record AlignmentDashboard(Mission mission, List<GoalSummary> goals, IssuePage unaligned,
                                 List<MetricSummary> metrics, List<Long> projectIds) {

    public AlignmentDashboard {
        goals = List.copyOf(goals);
        metrics = List.copyOf(metrics);
        projectIds = List.copyOf(projectIds);
    }

    /** The mission and success statements; null until an admin has written them. */
    public record Mission(String statement, String successStatement) {
    }

    /**
     * One goal's initiatives. {@code goalId} 0 and a null name stand for initiatives without a goal.
     *
     * @param alignedPercent whole percent of {@code total} that are fully aligned; null when {@code total} is 0
     */
    public record GoalSummary(int goalId, String name, boolean archived, int open, int inProgress, int done,
                              int total, int aligned, Integer alignedPercent) {
    }

    /** A metric linked to a counted goal: baseline, latest reading, target, progress and pace. */
    public record MetricSummary(int metricId, String name, String unit, String direction, BigDecimal baseline,
                                String baselineDate, BigDecimal latest, String latestOn, BigDecimal target,
                                String targetDate, Integer progressPercent, Integer expectedPercentByNow,
                                String pace) {
    }

    /** A page of issues: {@code total} of them in all, {@code issues} from {@code start}. */
    public record IssuePage(int total, int start, int limit, List<IssueRef> issues) {

        public IssuePage {
            issues = List.copyOf(issues);
        }
    }

    /** An issue in a list: its key and summary, where it stands, and what it lacks or how old it is. */
    public record IssueRef(String key, String summary, String statusCategory, String detail) {
    }
}
