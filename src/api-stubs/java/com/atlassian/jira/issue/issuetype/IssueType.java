package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.issuetype.IssueType} (jira-api); only the
 * members this plugin calls.
 */
public interface IssueType extends IssueConstant {

    boolean isSubTask();
}
