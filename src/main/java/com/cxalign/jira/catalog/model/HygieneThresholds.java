package com.cxalign.jira.catalog.model;

/**
 * When the measurement hygiene report speaks up: a goal with more than {@code metricCap} active metrics is
 * over-measured, and a metric without a reading for more than {@code staleDays} days is stale.
 * {@code version} 0 means the defaults were never changed.
 */
public record HygieneThresholds(int metricCap, int staleDays, int version) {

    public static final int DEFAULT_METRIC_CAP = 3;
    public static final int DEFAULT_STALE_DAYS = 90;

    public static HygieneThresholds defaults() {
        return new HygieneThresholds(DEFAULT_METRIC_CAP, DEFAULT_STALE_DAYS, 0);
    }
}
