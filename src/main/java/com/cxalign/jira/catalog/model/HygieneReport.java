package com.cxalign.jira.catalog.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the measurement hygiene report finds on a day (habit 3: no over-measurement, no vanity metrics). Only active
 * goals and metrics count: an archived goal is no longer pursued, and an archived metric no longer measured.
 *
 * @param overMeasuredGoals   active goals with more active metrics than the cap, most metrics first
 * @param metricsWithoutOwner active metrics nobody owns, so nobody records their readings
 * @param unlinkedMetrics     active metrics that serve no active goal
 * @param staleMetrics        active metrics without a reading for longer than the stale period, longest first
 * @param goalsWithoutMetrics active goals that no active metric measures
 */
public record HygieneReport(LocalDate asOf, HygieneThresholds thresholds, List<OverMeasuredGoal> overMeasuredGoals,
                            List<MetricRef> metricsWithoutOwner, List<MetricRef> unlinkedMetrics,
                            List<StaleMetric> staleMetrics, List<GoalRef> goalsWithoutMetrics) {

    public HygieneReport {
        overMeasuredGoals = List.copyOf(overMeasuredGoals);
        metricsWithoutOwner = List.copyOf(metricsWithoutOwner);
        unlinkedMetrics = List.copyOf(unlinkedMetrics);
        staleMetrics = List.copyOf(staleMetrics);
        goalsWithoutMetrics = List.copyOf(goalsWithoutMetrics);
    }

    /** A goal with {@code activeMetrics} active metrics, more than the cap. */
    public record OverMeasuredGoal(int goalId, String goalName, int activeMetrics) {
    }

    public record MetricRef(int metricId, String metricName) {
    }

    public record GoalRef(int goalId, String goalName) {
    }

    /**
     * A metric last measured on {@code lastReadingOn} (null: never, so its age counts from its baseline date),
     * {@code daysWithoutReading} days before the report's day.
     */
    public record StaleMetric(int metricId, String metricName, LocalDate lastReadingOn, LocalDate baselineDate,
                              long daysWithoutReading) {
    }
}
