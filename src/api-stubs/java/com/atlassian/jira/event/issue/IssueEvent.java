package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.event.issue.IssueEvent} (jira-api): the event Jira
 * publishes for issue operations (created, updated, resolved, deleted, ...; see
 * {@link com.atlassian.jira.event.type.EventType}). Only the members this plugin calls. The real class extends
 * {@code com.atlassian.jira.event.AbstractEvent} and implements {@code IssueRelatedEvent}, which this stub leaves
 * out (nothing here names them); its public constructors are not stubbed either, so tests mock it (Mockito).
 */
public final class IssueEvent {

    private IssueEvent() {
        throw new UnsupportedOperationException("API stub: provided by Jira at run time");
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("API stub: provided by Jira at run time");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("API stub: provided by Jira at run time");
    }
}
