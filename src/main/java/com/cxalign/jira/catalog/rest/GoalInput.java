package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.rules.GoalDraft;

/** The body of a goal create or update; {@code version} is required for updates. */
public record GoalInput(String name, String description, String ownerKey, Integer displayOrder, Integer version) {

    GoalDraft draft() {
        return new GoalDraft(name, description, ownerKey, displayOrder);
    }
}
