package com.cxalign.jira.catalog.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A metric serving a goal; a metric can serve several goals. */
@Table("GOAL_METRIC")
public interface GoalMetricEntity extends Entity {

    @NotNull
    @Indexed
    int getGoalId();

    void setGoalId(int goalId);

    @NotNull
    @Indexed
    int getMetricId();

    void setMetricId(int metricId);
}
