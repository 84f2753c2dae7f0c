package com.cxalign.jira.dashboard.readmodel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.dashboard.ReadModels;
import com.cxalign.jira.dashboard.store.FeedbackLinkEntity;
import com.cxalign.jira.dashboard.store.FeedbackRowEntity;
import com.cxalign.jira.dashboard.store.InitiativeRowEntity;
import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.CxSampleIssues;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import net.java.ao.DatabaseProvider;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** The dashboards' read model written from real issues of the in-memory Jira, on a real database. */
@Category(DatabaseTest.class)
public class ReadModelTest {

    private static final IssueFacts IN_PROGRESS = new IssueFacts(IssueFacts.IN_PROGRESS,
            Instant.parse("2026-02-02T10:00:00Z"), Instant.parse("2026-03-01T10:00:00Z"), null);

    @Rule
    public Initiatives initiatives = new Initiatives();

    private CxSampleIssues sample;
    private ReadModel readModel;
    private ActiveObjects ao;

    @Before
    public void readModel() {
        sample = CxSampleIssues.in(initiatives);
        ao = initiatives.catalog.ao().activeObjects();
        readModel = ReadModels.over(initiatives).readModel;
    }

    @Test
    public void anInitiativesRowHoldsItsGoalMetricNumbersAndWhetherItIsAligned() {
        refresh(sample.initiative, List.of());

        InitiativeRowEntity row = initiativeRow(sample.initiative);
        assertEquals("CX-1", row.getIssueKey());
        assertEquals(CxSampleIssues.CX_PROJECT, row.getProjectId());
        assertEquals(IssueFacts.IN_PROGRESS, row.getStatusCategory());
        assertEquals(Integer.valueOf(sample.goal.id()), row.getGoalId());
        assertEquals(Integer.valueOf(sample.metric.id()), row.getMetricId());
        assertTrue(row.isAligned());
        assertEquals("20", row.getBaseline());
        assertEquals("120000", row.getExpectedImpact());
        assertNull(row.getActual());
    }

    @Test
    public void anInitiativeWithoutGoalMetricOrOutcomeIsNotAligned() {
        refresh(sample.unalignedInitiative, List.of());

        InitiativeRowEntity row = initiativeRow(sample.unalignedInitiative);
        assertFalse(row.isAligned());
        assertFalse(row.isHasOutcome());
        assertNull(row.getGoalId());
    }

    @Test
    public void feedbackIsOpenThenActedOnWhenAnInitiativeAddressesItAndClosedWhenTheCustomerIsTold() {
        refresh(sample.openFeedback, List.of());
        assertEquals("OPEN", feedbackRow(sample.openFeedback).getLoopState());

        refresh(sample.initiative, List.of(sample.openFeedback));
        assertEquals("ACTED_ON", feedbackRow(sample.openFeedback).getLoopState());
        assertTrue(feedbackRow(sample.openFeedback).isActedOn());

        refresh(sample.closedFeedback, List.of());
        FeedbackRowEntity closed = feedbackRow(sample.closedFeedback);
        assertEquals("CLOSED", closed.getLoopState());
        assertEquals("SURVEY", closed.getChannel());
        assertEquals("NEGATIVE", closed.getSentiment());
        // received 2026-02-02, customer told 2026-10-15
        assertEquals(Integer.valueOf(255), closed.getDaysToClose());
    }

    @Test
    public void theSameEventTwiceLeavesTheSameRows() {
        refresh(sample.initiative, List.of(sample.openFeedback, sample.closedFeedback));
        refresh(sample.openFeedback, List.of());
        refresh(sample.initiative, List.of(sample.openFeedback, sample.closedFeedback));
        refresh(sample.openFeedback, List.of());

        assertEquals(1, ao.count(InitiativeRowEntity.class));
        assertEquals(1, ao.count(FeedbackRowEntity.class));
        assertEquals(2, ao.count(FeedbackLinkEntity.class));
    }

    @Test
    public void removingALinkOrTheInitiativeReturnsTheFeedbackToOpen() {
        refresh(sample.openFeedback, List.of());
        refresh(sample.initiative, List.of(sample.openFeedback));

        readModel.linkChanged(sample.initiative, sample.openFeedback, false);
        assertEquals("OPEN", feedbackRow(sample.openFeedback).getLoopState());
        assertFalse(feedbackRow(sample.openFeedback).isActedOn());

        readModel.linkChanged(sample.initiative, sample.openFeedback, true);
        assertEquals("ACTED_ON", feedbackRow(sample.openFeedback).getLoopState());

        readModel.remove(sample.initiative);
        assertEquals(0, ao.count(InitiativeRowEntity.class));
        assertEquals(0, ao.count(FeedbackLinkEntity.class));
        assertEquals("OPEN", feedbackRow(sample.openFeedback).getLoopState());
    }

    @Test
    public void refreshingAnInitiativeWhoseLinksDidNotChangeKeepsItsLinkRows() {
        refresh(sample.openFeedback, List.of());
        refresh(sample.initiative, List.of(sample.openFeedback, sample.closedFeedback));
        Set<Integer> before = linkIds(sample.initiative);

        refresh(sample.initiative, List.of(sample.closedFeedback, sample.openFeedback));

        assertEquals(2, before.size());
        assertEquals(before, linkIds(sample.initiative));
        assertEquals("ACTED_ON", feedbackRow(sample.openFeedback).getLoopState());
        assertTrue(feedbackRow(sample.openFeedback).isActedOn());
    }

    @Test
    public void anInitiativeNoLongerAddressingAFeedbackReturnsItToOpenUnlessAnotherStillDoes() {
        refresh(sample.openFeedback, List.of());
        refresh(sample.closedFeedback, List.of());
        refresh(sample.initiative, List.of(sample.openFeedback, sample.closedFeedback));
        refresh(sample.unalignedInitiative, List.of(sample.closedFeedback));
        assertTrue(feedbackRow(sample.openFeedback).isActedOn());
        Set<Integer> before = linkIds(sample.initiative);

        refresh(sample.initiative, List.of(sample.closedFeedback));

        assertFalse(feedbackRow(sample.openFeedback).isActedOn());
        assertEquals("OPEN", feedbackRow(sample.openFeedback).getLoopState());
        assertTrue(feedbackRow(sample.closedFeedback).isActedOn());
        assertEquals("CLOSED", feedbackRow(sample.closedFeedback).getLoopState());
        Set<Integer> after = linkIds(sample.initiative);
        assertEquals(1, after.size());
        assertTrue("the kept link is the same row", before.containsAll(after));

        refresh(sample.unalignedInitiative, List.of());
        refresh(sample.initiative, List.of());
        assertFalse(feedbackRow(sample.closedFeedback).isActedOn());
        assertEquals(0, ao.count(FeedbackLinkEntity.class));
    }

    @Test
    public void anIssueMovedToAnotherTypeLosesItsRow() {
        refresh(sample.initiative, List.of());
        CxIssue asTask = initiatives.jira.find(sample.initiative).map(issue -> new CxIssue(issue.id(), issue.key(),
                issue.summary(), issue.projectId(), issue.created(), null, java.util.Map.of())).orElseThrow();

        readModel.refresh(asTask, IN_PROGRESS, List.of(), 0);

        assertEquals(0, ao.count(InitiativeRowEntity.class));
    }

    @Test
    public void aFeedbackIssueThatBecomesAnInitiativeLosesItsFeedbackRow() {
        refresh(sample.openFeedback, List.of());
        CxIssue asInitiative = initiatives.jira.find(sample.openFeedback).map(issue -> new CxIssue(issue.id(),
                issue.key(), issue.summary(), issue.projectId(), issue.created(), CxIssueType.INITIATIVE,
                java.util.Map.of())).orElseThrow();

        readModel.refresh(asInitiative, IN_PROGRESS, List.of(), 0);

        assertEquals(0, ao.count(FeedbackRowEntity.class));
        assertEquals("CX-3", initiativeRow(sample.openFeedback).getIssueKey());
    }

    @Test
    public void refreshingAnUnchangedInitiativeReadsItsRowAndLinksAndWritesOnlyItsRow() {
        refresh(sample.openFeedback, List.of());
        refresh(sample.initiative, List.of(sample.openFeedback));
        List<String> statements = new CopyOnWriteArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        DatabaseProvider provider = initiatives.catalog.ao().entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            refresh(sample.initiative, List.of(sample.openFeedback));
        } finally {
            provider.removeSqlListener(listener);
        }

        assertEquals(statements.toString(), 3, statements.size());
        assertTrue(statements.toString(), statements.stream().noneMatch(sql -> sql.contains("FEEDBACK_ROW")));
        assertTrue(feedbackRow(sample.openFeedback).isActedOn());
    }

    @Test
    public void aLongSummaryIsCutToWhatTheRowHolds() {
        long issue = sample.initiativeIssue("CX-7", "x".repeat(400), sample.aligned());

        refresh(issue, List.of());

        assertEquals(ReadModel.SUMMARY_LENGTH, initiativeRow(issue).getSummary().length());
        assertEquals(Integer.valueOf(sample.goal.id()), initiativeRow(issue).getGoalId());
        assertTrue(initiatives.jira.find(issue).orElseThrow().rawValues().containsKey(CxField.GOAL));
    }

    private void refresh(long issueId, List<Long> addressed) {
        readModel.refresh(initiatives.jira.find(issueId).orElseThrow(), IN_PROGRESS, addressed, 0);
    }

    private Set<Integer> linkIds(long initiativeId) {
        Set<Integer> ids = new HashSet<>();
        for (FeedbackLinkEntity link : ao.find(FeedbackLinkEntity.class,
                Query.select().where("INITIATIVE_ID = ?", initiativeId))) {
            ids.add(link.getID());
        }
        return ids;
    }

    private InitiativeRowEntity initiativeRow(long issueId) {
        return ao.find(InitiativeRowEntity.class, Query.select().where("ISSUE_ID = ?", issueId))[0];
    }

    private FeedbackRowEntity feedbackRow(long issueId) {
        return ao.find(FeedbackRowEntity.class, Query.select().where("ISSUE_ID = ?", issueId))[0];
    }
}
