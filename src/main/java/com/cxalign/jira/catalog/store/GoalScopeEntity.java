package com.cxalign.jira.catalog.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One place a goal applies to: a Jira project (by id) or a department, never both in one row. Indexed both ways, so
 * that a project's or a department's goals can be found as quickly as a goal's scope.
 */
@Table("GOAL_SCOPE")
public interface GoalScopeEntity extends Entity {

    @NotNull
    @Indexed
    int getGoalId();

    void setGoalId(int goalId);

    /** Jira project ids are longs. */
    @Indexed
    Long getProjectId();

    void setProjectId(Long projectId);

    @Indexed
    @StringLength(80)
    String getDepartment();

    void setDepartment(String department);
}
