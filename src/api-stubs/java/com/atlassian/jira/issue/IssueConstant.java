package com.atlassian.jira.issue;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.IssueConstant} (jira-api); only the members
 * this plugin calls.
 */
public interface IssueConstant {

    String getId();

    String getName();

    String getDescription();
}
