package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.link.IssueLink} (jira-api); only the members
 * this plugin calls.
 */
public interface IssueLink {

    Long getLinkTypeId();

    Long getSourceId();

    Long getDestinationId();

    Issue getSourceObject();

    Issue getDestinationObject();
}
