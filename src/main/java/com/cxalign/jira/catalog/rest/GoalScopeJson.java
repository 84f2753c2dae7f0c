package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.model.GoalScope;

import java.util.List;

/** A goal's scope as the REST API shows it; {@code version} is the goal's, to send back with a change. */
public record GoalScopeJson(int goalId, int version, List<Long> projectIds, List<String> departments) {

    static GoalScopeJson of(GoalScope scope) {
        return new GoalScopeJson(scope.goalId(), scope.goalVersion(), scope.projectIds(), scope.departments());
    }
}
