package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.model.HygieneReport;

import java.util.List;

/** The measurement hygiene report as the REST API shows it; days as yyyy-mm-dd. */
public record HygieneReportJson(String asOf, int metricCap, int staleDays, List<OverMeasuredGoal> overMeasuredGoals,
                                List<MetricRef> metricsWithoutOwner, List<MetricRef> unlinkedMetrics,
                                List<StaleMetric> staleMetrics, List<GoalRef> goalsWithoutMetrics) {

    static HygieneReportJson of(HygieneReport report) {
        return new HygieneReportJson(report.asOf().toString(), report.thresholds().metricCap(),
                report.thresholds().staleDays(),
                report.overMeasuredGoals().stream()
                        .map(goal -> new OverMeasuredGoal(goal.goalId(), goal.goalName(), goal.activeMetrics()))
                        .toList(),
                metricRefs(report.metricsWithoutOwner()), metricRefs(report.unlinkedMetrics()),
                report.staleMetrics().stream()
                        .map(metric -> new StaleMetric(metric.metricId(), metric.metricName(),
                                MetricJson.iso(metric.lastReadingOn()), MetricJson.iso(metric.baselineDate()),
                                metric.daysWithoutReading()))
                        .toList(),
                report.goalsWithoutMetrics().stream().map(goal -> new GoalRef(goal.goalId(), goal.goalName()))
                        .toList());
    }

    private static List<MetricRef> metricRefs(List<HygieneReport.MetricRef> metrics) {
        return metrics.stream().map(metric -> new MetricRef(metric.metricId(), metric.metricName())).toList();
    }

    public record OverMeasuredGoal(int goalId, String goalName, int activeMetrics) {
    }

    public record MetricRef(int metricId, String metricName) {
    }

    public record GoalRef(int goalId, String goalName) {
    }

    /** {@code lastReadingOn} is null for a metric never measured; its age then counts from {@code baselineDate}. */
    public record StaleMetric(int metricId, String metricName, String lastReadingOn, String baselineDate,
                              long daysWithoutReading) {
    }
}
