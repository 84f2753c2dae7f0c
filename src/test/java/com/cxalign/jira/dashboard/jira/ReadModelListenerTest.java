package com.cxalign.jira.dashboard.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.ProjectManager;
import com.cxalign.jira.dashboard.readmodel.ReadModel;
import com.cxalign.jira.dashboard.ReadModels;
import com.cxalign.jira.dashboard.store.FeedbackRowEntity;
import com.cxalign.jira.dashboard.store.InitiativeRowEntity;
import com.cxalign.jira.initiative.CxSampleIssues;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.sql.Timestamp;
import java.time.Instant;

import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * The read model kept current by Jira's events: the events are Mockito stand-ins (they exist only in Jira), the
 * issues come from the in-memory Jira, the rows go to a real database.
 */
@Category(DatabaseTest.class)
public class ReadModelListenerTest {

    @Rule
    public Initiatives initiatives = new Initiatives();

    private CxSampleIssues sample;
    private ActiveObjects ao;
    private ReadModelListener listener;

    @Before
    public void listener() {
        sample = CxSampleIssues.in(initiatives);
        ao = initiatives.catalog.ao().activeObjects();
        ReadModel readModel = ReadModels.over(initiatives).readModel;
        JiraReadModelSource source = new JiraReadModelSource(mock(ProjectManager.class), mock(IssueManager.class),
                issue -> initiatives.jira.find(issue.getId()).orElseThrow(), initiatives.jira);
        listener = new ReadModelListener(readModel, source, initiatives.ids);
    }

    @Test
    public void aCreatedOrUpdatedIssueGetsItsRowWithJirasStatusCategoryAndDates() {
        listener.onIssueEvent(event(sample.initiative, EventType.ISSUE_CREATED_ID, "indeterminate"));

        InitiativeRowEntity row = ao.find(InitiativeRowEntity.class)[0];
        assertEquals("CX-1", row.getIssueKey());
        assertEquals("indeterminate", row.getStatusCategory());
        assertEquals(Instant.parse("2026-02-02T10:00:00Z"), row.getCreatedAt().toInstant());

        initiatives.jira.setValue(sample.initiative, initiatives.fieldId(CxField.ACTUAL), 29.0);
        listener.onIssueEvent(event(sample.initiative, EventType.ISSUE_RESOLVED_ID, "done"));

        row = ao.find(InitiativeRowEntity.class)[0];
        assertEquals("done", row.getStatusCategory());
        assertEquals("29", row.getActual());
        assertEquals(1, ao.count(InitiativeRowEntity.class));
    }

    @Test
    public void aDeletedIssueLosesItsRow() {
        listener.onIssueEvent(event(sample.openFeedback, EventType.ISSUE_CREATED_ID, "new"));

        listener.onIssueEvent(event(sample.openFeedback, EventType.ISSUE_DELETED_ID, "new"));

        assertEquals(0, ao.count(FeedbackRowEntity.class));
    }

    @Test
    public void makingOrRemovingAnAddressesFeedbackLinkMovesTheLoopAndOtherLinksAreIgnored() {
        listener.onIssueEvent(event(sample.openFeedback, EventType.ISSUE_CREATED_ID, "new"));

        listener.onLinkCreated(linkCreated(initiatives.linkTypeId()));
        assertEquals("ACTED_ON", loopOfOpenFeedback());

        listener.onLinkDeleted(linkDeleted(initiatives.linkTypeId()));
        assertEquals("OPEN", loopOfOpenFeedback());

        listener.onLinkCreated(linkCreated(10000L));
        assertEquals("OPEN", loopOfOpenFeedback());
    }

    @Test
    public void aFailureIsLoggedNotThrownAtTheUsersAction() {
        IssueEvent broken = mock(IssueEvent.class);
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(999_999L);
        when(broken.getIssue()).thenReturn(issue);
        when(broken.getEventTypeId()).thenReturn(EventType.ISSUE_UPDATED_ID);

        listener.onIssueEvent(broken);

        assertEquals(0, ao.count(InitiativeRowEntity.class));
    }

    private String loopOfOpenFeedback() {
        return ao.find(FeedbackRowEntity.class, Query.select().where("ISSUE_ID = ?", sample.openFeedback))[0]
                .getLoopState();
    }

    private IssueEvent event(long issueId, Long type, String category) {
        Issue issue = mock(Issue.class);
        StatusCategory statusCategory = mock(StatusCategory.class);
        when(statusCategory.getKey()).thenReturn(category);
        Status status = mock(Status.class);
        when(status.getStatusCategory()).thenReturn(statusCategory);
        when(issue.getId()).thenReturn(issueId);
        when(issue.getStatus()).thenReturn(status);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-02-02T10:00:00Z")));
        when(issue.getUpdated()).thenReturn(Timestamp.from(Instant.parse("2026-03-02T10:00:00Z")));
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        return event;
    }

    private IssueLink link(long typeId) {
        IssueLink link = mock(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(typeId);
        when(link.getSourceId()).thenReturn(sample.initiative);
        when(link.getDestinationId()).thenReturn(sample.openFeedback);
        return link;
    }

    private IssueLinkCreatedEvent linkCreated(long typeId) {
        IssueLink link = link(typeId);
        IssueLinkCreatedEvent event = mock(IssueLinkCreatedEvent.class);
        when(event.getIssueLink()).thenReturn(link);
        return event;
    }

    private IssueLinkDeletedEvent linkDeleted(long typeId) {
        IssueLink link = link(typeId);
        IssueLinkDeletedEvent event = mock(IssueLinkDeletedEvent.class);
        when(event.getIssueLink()).thenReturn(link);
        return event;
    }
}
