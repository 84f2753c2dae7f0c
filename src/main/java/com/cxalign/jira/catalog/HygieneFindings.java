package com.cxalign.jira.catalog;

import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.HygieneReport;
import com.cxalign.jira.catalog.model.HygieneReport.GoalRef;
import com.cxalign.jira.catalog.model.HygieneReport.MetricRef;
import com.cxalign.jira.catalog.model.HygieneReport.OverMeasuredGoal;
import com.cxalign.jira.catalog.model.HygieneReport.StaleMetric;
import com.cxalign.jira.catalog.model.HygieneThresholds;
import com.cxalign.jira.catalog.model.Metric;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hygiene findings from the loaded catalogue, without the database: only active goals and active metrics are
 * given, so a link counts only when both its ends are active. Lists are sorted so that the worst comes first and
 * ties read alphabetically.
 */
final class HygieneFindings {

    /** A goal-metric link as stored; the ends may be archived or missing from the loaded lists. */
    record Link(int goalId, int metricId) {
    }

    private final LocalDate today;
    private final HygieneThresholds thresholds;
    private final List<Goal> goals;
    private final List<Metric> metrics;
    private final Map<Integer, LocalDate> latestReadingDays;
    private final Map<Integer, Set<Integer>> metricsByGoal = new HashMap<>();
    private final Set<Integer> linkedMetrics = new HashSet<>();

    HygieneFindings(LocalDate today, HygieneThresholds thresholds, List<Goal> activeGoals, List<Metric> activeMetrics,
                    List<Link> links, Map<Integer, LocalDate> latestReadingDays) {
        this.today = today;
        this.thresholds = thresholds;
        this.goals = activeGoals;
        this.metrics = activeMetrics;
        this.latestReadingDays = latestReadingDays;
        Set<Integer> goalIds = new HashSet<>();
        activeGoals.forEach(goal -> goalIds.add(goal.id()));
        Set<Integer> metricIds = new HashSet<>();
        activeMetrics.forEach(metric -> metricIds.add(metric.id()));
        for (Link link : links) {
            if (goalIds.contains(link.goalId()) && metricIds.contains(link.metricId())) {
                metricsByGoal.computeIfAbsent(link.goalId(), id -> new HashSet<>()).add(link.metricId());
                linkedMetrics.add(link.metricId());
            }
        }
    }

    HygieneReport report() {
        return new HygieneReport(today, thresholds, overMeasuredGoals(), metricsWithoutOwner(), unlinkedMetrics(),
                staleMetrics(), goalsWithoutMetrics());
    }

    private List<OverMeasuredGoal> overMeasuredGoals() {
        return goals.stream()
                .map(goal -> new OverMeasuredGoal(goal.id(), goal.name(), metricCount(goal)))
                .filter(finding -> finding.activeMetrics() > thresholds.metricCap())
                .sorted(Comparator.comparingInt(OverMeasuredGoal::activeMetrics).reversed()
                        .thenComparing(OverMeasuredGoal::goalName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingInt(OverMeasuredGoal::goalId))
                .toList();
    }

    private List<MetricRef> metricsWithoutOwner() {
        return metricRefs(metrics.stream().filter(metric -> metric.ownerKey() == null).toList());
    }

    private List<MetricRef> unlinkedMetrics() {
        return metricRefs(metrics.stream().filter(metric -> !linkedMetrics.contains(metric.id())).toList());
    }

    /** A metric never measured counts from its baseline date: that is when measuring it was meant to start. */
    private List<StaleMetric> staleMetrics() {
        return metrics.stream()
                .map(this::age)
                .filter(finding -> finding != null && finding.daysWithoutReading() > thresholds.staleDays())
                .sorted(Comparator.comparingLong(StaleMetric::daysWithoutReading).reversed()
                        .thenComparing(StaleMetric::metricName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingInt(StaleMetric::metricId))
                .toList();
    }

    private StaleMetric age(Metric metric) {
        LocalDate last = latestReadingDays.get(metric.id());
        LocalDate since = last != null ? last : metric.baselineDate();
        if (since == null) {
            return null; // the rules require a baseline date; a row without one cannot be aged
        }
        return new StaleMetric(metric.id(), metric.name(), last, metric.baselineDate(),
                ChronoUnit.DAYS.between(since, today));
    }

    private List<GoalRef> goalsWithoutMetrics() {
        return goals.stream()
                .filter(goal -> metricCount(goal) == 0)
                .map(goal -> new GoalRef(goal.id(), goal.name()))
                .sorted(Comparator.comparing(GoalRef::goalName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingInt(GoalRef::goalId))
                .toList();
    }

    private int metricCount(Goal goal) {
        return metricsByGoal.getOrDefault(goal.id(), Set.of()).size();
    }

    private static List<MetricRef> metricRefs(List<Metric> found) {
        return found.stream()
                .map(metric -> new MetricRef(metric.id(), metric.name()))
                .sorted(Comparator.comparing(MetricRef::metricName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingInt(MetricRef::metricId))
                .toList();
    }
}
