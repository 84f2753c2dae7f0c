package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.config.IssueTypeManager} (jira-api); only the members
 * this plugin calls.
 */
public interface IssueTypeManager {

    /** Creates a standard (non-sub-task) issue type with the given avatar. */
    IssueType createIssueType(String name, String description, Long avatarId);

    Collection<IssueType> getIssueTypes();

    /** @return the issue type with this id, or {@code null} */
    IssueType getIssueType(String id);
}
