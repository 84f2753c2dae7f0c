package com.atlassian.jira.issue;

import java.util.Collection;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.IssueManager} (jira-api); only the members this
 * plugin calls.
 */
public interface IssueManager {

    /** @return the issue with this key, or {@code null} */
    MutableIssue getIssueObject(String key);

    /** @return the issue with this id, or {@code null} */
    MutableIssue getIssueObject(Long id);

    /** @return the ids of all issues in the project */
    Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException;
}
