package com.cxalign.jira.catalog.model;

import java.util.List;

/**
 * Where a goal applies: the Jira projects (by id) and the departments that serve it, so that every department sees
 * the goals it is part of. {@code goalVersion} is the goal's version, which every change of the scope raises.
 */
public record GoalScope(int goalId, int goalVersion, List<Long> projectIds, List<String> departments) {

    public GoalScope {
        projectIds = List.copyOf(projectIds);
        departments = List.copyOf(departments);
    }
}
