package com.cxalign.jira.dashboard.readmodel;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.dashboard.store.FeedbackRowEntity;
import com.cxalign.jira.dashboard.store.InitiativeRowEntity;
import com.cxalign.jira.dashboard.store.RebuildRunEntity;
import com.cxalign.jira.initiative.setup.ClusterLocks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the dashboards' read model from Jira's issues: for the first install and to repair drift. Goes through
 * every project's issues in batches, writing each CX issue's row as an event would, and records its progress after
 * each batch; at the end removes the rows of issues it did not see unless an event wrote them after the run began
 * (those are issues created meanwhile). So it can run while people work: events and the rebuild write the same rows
 * the same way. Only one node rebuilds at a time (a cluster lock).
 */
public class ReadModelRebuild {

    public static final String LOCK = "com.cxalign.cx-align-jira.read-model-rebuild";
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final ActiveObjects ao;
    private final ReadModel readModel;
    private final ReadModelSource source;
    private final ClusterLocks locks;
    private final Clock clock;

    public ReadModelRebuild(ActiveObjects ao, ReadModel readModel, ReadModelSource source, ClusterLocks locks,
                            Clock clock) {
        this.ao = ao;
        this.readModel = readModel;
        this.source = source;
        this.locks = locks;
        this.clock = clock;
    }

    public RebuildReport run() {
        return locks.underLock(LOCK, this::rebuild);
    }

    /** The latest run, if any has started. */
    public Optional<RebuildReport> latest() {
        RebuildRunEntity[] runs = ao.find(RebuildRunEntity.class, Query.select().order("ID DESC").limit(1));
        return runs.length == 0 ? Optional.empty() : Optional.of(report(runs[0]));
    }

    private RebuildReport rebuild() {
        Instant started = clock.instant();
        RebuildRunEntity run = ao.create(RebuildRunEntity.class, new DBParam("STARTED_AT", StoredValues.instant(started)),
                new DBParam("STATE", "RUNNING"));
        int seen = 0;
        int written = 0;
        try {
            for (long projectId : source.projectIds()) {
                List<Long> ids = source.issueIds(projectId);
                for (int from = 0; from < ids.size(); from += BATCH) {
                    for (long issueId : ids.subList(from, Math.min(ids.size(), from + BATCH))) {
                        Optional<SourcedIssue> issue = source.load(issueId);
                        seen++;
                        if (issue.isPresent() && issue.get().issue().type() != null) {
                            SourcedIssue found = issue.get();
                            readModel.refresh(found.issue(), found.facts(), found.addressedFeedback(), run.getID());
                            written++;
                        }
                    }
                    progress(run, seen, written);
                }
            }
            int removed = sweep(run.getID(), started);
            finish(run, "DONE", seen, written, removed, null);
        } catch (RuntimeException e) {
            LOG.error("The CX Align read model rebuild failed after {} issues", seen, e);
            finish(run, "FAILED", seen, written, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
        return report(run);
    }

    /** Removes the rows of issues this run did not see and no event wrote since it began: deleted issues. */
    private int sweep(int runId, Instant started) {
        Date since = StoredValues.instant(started);
        List<Long> gone = new ArrayList<>();
        for (InitiativeRowEntity row : ao.find(InitiativeRowEntity.class,
                Query.select().where("SEEN_IN_RUN <> ? AND (WRITTEN_AT IS NULL OR WRITTEN_AT < ?)", runId, since))) {
            gone.add(row.getIssueId());
        }
        for (FeedbackRowEntity row : ao.find(FeedbackRowEntity.class,
                Query.select().where("SEEN_IN_RUN <> ? AND (WRITTEN_AT IS NULL OR WRITTEN_AT < ?)", runId, since))) {
            gone.add(row.getIssueId());
        }
        gone.forEach(readModel::remove);
        return gone.size();
    }

    private void progress(RebuildRunEntity run, int seen, int written) {
        run.setIssuesSeen(seen);
        run.setRowsWritten(written);
        run.save();
    }

    private void finish(RebuildRunEntity run, String state, int seen, int written, int removed, String message) {
        run.setState(state);
        run.setIssuesSeen(seen);
        run.setRowsWritten(written);
        run.setRowsRemoved(removed);
        run.setMessage(message == null ? null : message.substring(0, Math.min(255, message.length())));
        run.setFinishedAt(StoredValues.instant(clock.instant()));
        run.save();
    }

    private static RebuildReport report(RebuildRunEntity run) {
        return new RebuildReport(run.getID(), run.getState(), StoredValues.instant(run.getStartedAt()),
                StoredValues.instant(run.getFinishedAt()), run.getIssuesSeen(), run.getRowsWritten(),
                run.getRowsRemoved(), run.getMessage());
    }
}
