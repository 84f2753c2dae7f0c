package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.status.Status} (jira-api); only the members
 * this plugin calls (its id and name come from {@link IssueConstant}).
 */
public interface Status extends IssueConstant {

    StatusCategory getStatusCategory();
}
