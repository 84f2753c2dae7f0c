package com.atlassian.jira.issue.context;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.context.JiraContextNode} (jira-api); no
 * members: the plugin only passes instances around.
 */
public interface JiraContextNode {
}
