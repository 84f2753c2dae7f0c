package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.project.Project;

/**
 * Compile-time stub of Jira 10.3's {@code
 * com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager} (jira-api); only the members this
 * plugin calls.
 */
public interface IssueTypeScreenSchemeManager {

    IssueTypeScreenScheme getIssueTypeScreenScheme(Project project);
}
