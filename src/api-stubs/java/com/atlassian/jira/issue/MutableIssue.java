package com.atlassian.jira.issue;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.MutableIssue} (jira-api); no setters are
 * stubbed, the plugin only reads.
 */
public interface MutableIssue extends Issue {
}
