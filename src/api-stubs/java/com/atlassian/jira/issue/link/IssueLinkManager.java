package com.atlassian.jira.issue.link;

import java.util.List;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.link.IssueLinkManager} (jira-api); only the
 * members this plugin calls.
 */
public interface IssueLinkManager {

    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    List<IssueLink> getInwardLinks(Long destinationIssueId);
}
