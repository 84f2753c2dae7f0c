package com.atlassian.jira.issue.customfields;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.customfields.CustomFieldSearcher} (jira-api);
 * no members: the plugin only passes instances around.
 */
public interface CustomFieldSearcher {
}
