package com.atlassian.jira.issue.resolution;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.resolution.Resolution} (jira-api); only the
 * members this plugin calls (its id and name come from {@link IssueConstant}).
 */
public interface Resolution extends IssueConstant {
}
