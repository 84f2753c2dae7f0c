package com.cxalign.jira.dashboard.readmodel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.dashboard.ReadModels;
import com.cxalign.jira.dashboard.store.FeedbackLinkEntity;
import com.cxalign.jira.dashboard.store.FeedbackRowEntity;
import com.cxalign.jira.dashboard.store.InitiativeRowEntity;
import com.cxalign.jira.initiative.CxSampleIssues;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** The read model's rebuild over the in-memory Jira and a real database. */
@Category(DatabaseTest.class)
public class ReadModelRebuildTest {

    @Rule
    public Initiatives initiatives = new Initiatives();

    private CxSampleIssues sample;
    private ActiveObjects ao;
    private ReadModel readModel;
    private FakeJiraSource source;
    private ReadModelRebuild rebuild;

    @Before
    public void rebuild() {
        sample = CxSampleIssues.in(initiatives);
        ao = initiatives.catalog.ao().activeObjects();
        ReadModels readModels = ReadModels.over(initiatives);
        readModel = readModels.readModel;
        source = readModels.source;
        rebuild = readModels.rebuild;
    }

    @Test
    public void aRebuildWritesARowForEveryCxIssueAndReportsWhatItDid() {
        initiatives.jira.addIssue("CX-9", "A plain task", CxSampleIssues.CX_PROJECT,
                initiatives.jira.addIssueTypeByHand("Task"), java.util.Map.of());

        RebuildReport report = rebuild.run();

        assertEquals(List.of("CX-1", "CX-5"), keys(InitiativeRowEntity.class));
        assertEquals(List.of("CX-2", "CX-3", "SECRET-4"), keys(FeedbackRowEntity.class));
        assertEquals(3, ao.count(FeedbackLinkEntity.class));
        assertEquals("DONE", report.state());
        assertEquals(6, report.issuesSeen());
        assertEquals(5, report.rowsWritten());
        assertEquals(report, rebuild.latest().orElseThrow());
    }

    @Test
    public void rowsOfIssuesThatNoLongerExistAreRemoved() {
        rebuild.run();
        initiatives.jira.deleteIssueByHand(sample.openFeedback);
        initiatives.catalog.clock.advance(Duration.ofMinutes(5));

        RebuildReport report = rebuild.run();

        assertEquals(List.of("CX-2", "SECRET-4"), keys(FeedbackRowEntity.class));
        assertEquals(1, report.rowsRemoved());
        assertEquals(2, ao.count(FeedbackLinkEntity.class));
    }

    @Test
    public void eventsDuringARebuildLeaveTheSameStateAsARebuildAlone() {
        long goalField = initiatives.fieldId(CxField.OUTCOME);
        source.whileLoading(issueId -> {
            if (issueId == sample.closedFeedback) {
                // While the rebuild is under way, someone edits CX-5 and files a new initiative: their events.
                initiatives.jira.setValue(sample.unalignedInitiative, goalField, "Customers see value on day one.");
                refreshFromEvent(sample.unalignedInitiative);
                long filed = sample.initiativeIssue("CX-8", "Filed during the rebuild", sample.aligned());
                refreshFromEvent(filed);
            }
        });
        rebuild.run();
        String interleaved = snapshot();

        source.whileLoading(id -> { });
        ao.deleteWithSQL(InitiativeRowEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(FeedbackRowEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(FeedbackLinkEntity.class, "ID > ?", 0);
        initiatives.catalog.clock.advance(Duration.ofMinutes(5));
        rebuild.run();

        assertEquals(snapshot(), interleaved);
        assertTrue(interleaved, interleaved.contains("CX-8"));
    }

    private void refreshFromEvent(long issueId) {
        source.load(issueId).ifPresent(found -> readModel.refresh(found.issue(), found.facts(),
                found.addressedFeedback(), 0));
    }

    /** The rows' content, without the bookkeeping of who wrote them when. */
    private String snapshot() {
        String initiativeRows = Arrays.stream(ao.find(InitiativeRowEntity.class)).map(row -> row.getIssueKey() + ":"
                + row.getGoalId() + ":" + row.isAligned() + ":" + row.isHasOutcome() + ":" + row.getStatusCategory())
                .sorted().collect(Collectors.joining(","));
        String feedbackRows = Arrays.stream(ao.find(FeedbackRowEntity.class)).map(row -> row.getIssueKey() + ":"
                + row.getLoopState() + ":" + row.getChannel() + ":" + row.getDaysToClose())
                .sorted().collect(Collectors.joining(","));
        String links = Arrays.stream(ao.find(FeedbackLinkEntity.class))
                .map(link -> link.getInitiativeId() + ">" + link.getFeedbackId()).sorted()
                .collect(Collectors.joining(","));
        return initiativeRows + " | " + feedbackRows + " | " + links;
    }

    private List<String> keys(Class<? extends net.java.ao.RawEntity<?>> type) {
        TreeSet<String> keys = new TreeSet<>();
        if (type == InitiativeRowEntity.class) {
            Arrays.stream(ao.find(InitiativeRowEntity.class)).forEach(row -> keys.add(row.getIssueKey()));
        } else {
            Arrays.stream(ao.find(FeedbackRowEntity.class)).forEach(row -> keys.add(row.getIssueKey()));
        }
        return List.copyOf(keys);
    }
}
