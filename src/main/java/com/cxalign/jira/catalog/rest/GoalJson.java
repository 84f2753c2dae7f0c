package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.model.Goal;

/** A goal as the REST API shows it. */
public record GoalJson(int id, String name, String description, String ownerKey, String status, int displayOrder,
                       int version) {

    static GoalJson of(Goal goal) {
        return new GoalJson(goal.id(), goal.name(), goal.description(), goal.ownerKey(), goal.status().name(),
                goal.displayOrder(), goal.version());
    }
}
