package com.atlassian.jira.issue.operation;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.operation.ScreenableIssueOperation} (jira-api);
 * no members are called.
 */
public interface ScreenableIssueOperation {
}
