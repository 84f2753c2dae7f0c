package com.cxalign.jira.catalog;

/**
 * How many CX initiatives name a goal or a metric, so that the catalogue refuses to delete one still in use. The
 * catalogue asks; the feature that knows the initiatives (the dashboards' read model) answers.
 */
public interface CatalogUsage {

    /** The number of CX initiatives whose goal is {@code goalId}. */
    int initiativesNamingGoal(int goalId);

    /** The number of CX initiatives whose metric is {@code metricId}. */
    int initiativesNamingMetric(int metricId);
}
