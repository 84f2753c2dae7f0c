package com.cxalign.jira.dashboard.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.link.IssueLink;
import com.cxalign.jira.dashboard.readmodel.ReadModel;
import com.cxalign.jira.dashboard.readmodel.SourcedIssue;
import com.cxalign.jira.initiative.setup.CxSchemaSetup;
import com.cxalign.jira.initiative.store.JiraIds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the read model current from Jira's events: an issue created, updated, transitioned, moved (any issue event
 * but deletion) gets its row written again; a deleted one loses it; an "addresses feedback" link made or removed
 * updates the feedback's "acted on". Writes are idempotent, so an event Jira fires twice does no harm. A failure is
 * logged and never reaches the user's action: the next event or the rebuild repairs the row.
 */
public class ReadModelListener {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelListener.class);

    private final ReadModel readModel;
    private final JiraReadModelSource source;
    private final JiraIds ids;

    public ReadModelListener(ReadModel readModel, JiraReadModelSource source, JiraIds ids) {
        this.readModel = readModel;
        this.source = source;
        this.ids = ids;
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            if (event.getIssue() == null || event.getIssue().getId() == null) {
                return;
            }
            if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
                readModel.remove(event.getIssue().getId());
                return;
            }
            SourcedIssue issue = source.sourced(event.getIssue());
            readModel.refresh(issue.issue(), issue.facts(), issue.addressedFeedback(), 0);
        } catch (RuntimeException e) {
            LOG.warn("CX Align could not bring the dashboards up to date for issue {}", event.getIssue().getId(), e);
        }
    }

    @EventListener
    public void onLinkCreated(IssueLinkCreatedEvent event) {
        linkChanged(event.getIssueLink(), true);
    }

    @EventListener
    public void onLinkDeleted(IssueLinkDeletedEvent event) {
        linkChanged(event.getIssueLink(), false);
    }

    private void linkChanged(IssueLink link, boolean linked) {
        try {
            String addresses = ids.get(CxSchemaSetup.LINK_ROLE).orElse(null);
            if (link != null && addresses != null && addresses.equals(String.valueOf(link.getLinkTypeId()))) {
                readModel.linkChanged(link.getSourceId(), link.getDestinationId(), linked);
            }
        } catch (RuntimeException e) {
            LOG.warn("CX Align could not bring the dashboards up to date for a changed issue link", e);
        }
    }
}
