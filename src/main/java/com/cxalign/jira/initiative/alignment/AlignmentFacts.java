package com.cxalign.jira.initiative.alignment;

import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;

/**
 * What the catalogue says about an initiative's goal and metric: each as it is now (null when the field is empty or
 * the item no longer exists) and whether the metric is one of the goal's metrics.
 */
public record AlignmentFacts(Goal goal, Metric metric, boolean metricServesGoal) {
}
