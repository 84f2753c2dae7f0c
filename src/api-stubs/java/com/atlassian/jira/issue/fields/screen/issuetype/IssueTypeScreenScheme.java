package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.issuetype.IssueType;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme}
 * (jira-api); only the members this plugin calls.
 */
public interface IssueTypeScreenScheme {

    FieldScreenScheme getEffectiveFieldScreenScheme(IssueType issueType);
}
