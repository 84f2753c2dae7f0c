package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.rules.ScopeDraft;

import java.util.List;

/** The body of a scope replacement: both whole lists (empty for none) and the goal's version. */
public record GoalScopeInput(List<Long> projectIds, List<String> departments, Integer version) {

    ScopeDraft draft() {
        return new ScopeDraft(projectIds, departments);
    }
}
