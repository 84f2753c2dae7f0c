package com.cxalign.jira.catalog.rules;

import java.util.List;

/**
 * A goal's whole scope as an admin submits it, unchecked: the ids of the Jira projects and the names of the
 * departments the goal applies to. Either list may be empty, but both must be given (a missing list would otherwise
 * silently remove everything in it); entries may be null until checked.
 */
public record ScopeDraft(List<Long> projectIds, List<String> departments) {
}
