package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import java.sql.Timestamp;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.Issue} (jira-api); only the members this plugin
 * calls.
 */
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    IssueType getIssueType();

    Long getProjectId();

    Object getCustomFieldValue(CustomField customField);

    Timestamp getCreated();

    Timestamp getUpdated();

    /** @return when the issue was last resolved, or {@code null} if it is unresolved */
    Timestamp getResolutionDate();

    Status getStatus();
}
