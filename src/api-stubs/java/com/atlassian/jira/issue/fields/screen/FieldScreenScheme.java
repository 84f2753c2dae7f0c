package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.ScreenableIssueOperation;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.fields.screen.FieldScreenScheme} (jira-api);
 * only the members this plugin calls.
 */
public interface FieldScreenScheme {

    FieldScreen getFieldScreen(ScreenableIssueOperation issueOperation);
}
