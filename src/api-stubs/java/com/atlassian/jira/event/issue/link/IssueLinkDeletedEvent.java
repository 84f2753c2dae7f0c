package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent} (jira-api),
 * published on the event bus when an issue link is deleted. Only the members this plugin calls; the
 * real constructors are not stubbed, so tests mock it (Mockito).
 */
public class IssueLinkDeletedEvent {

    private IssueLinkDeletedEvent() {
        throw new UnsupportedOperationException("API stub: provided by Jira at run time");
    }

    public IssueLink getIssueLink() {
        throw new UnsupportedOperationException("API stub: provided by Jira at run time");
    }
}
