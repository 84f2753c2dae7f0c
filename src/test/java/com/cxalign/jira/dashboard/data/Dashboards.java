package com.cxalign.jira.dashboard.data;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.dashboard.readmodel.IssueFacts;
import com.cxalign.jira.dashboard.readmodel.ReadModel;
import com.cxalign.jira.dashboard.store.DashboardUpgradeTask4;
import com.cxalign.jira.dashboard.store.FeedbackRowEntity;
import com.cxalign.jira.dashboard.store.InitiativeRowEntity;
import com.cxalign.jira.initiative.CxSampleIssues;
import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.testing.cache.LocalSnapshotCache;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import net.java.ao.DBParam;

/**
 * The dashboards wired as in Jira over the {@link Initiatives} rule's catalogue and database: the read model's
 * tables, {@link TestReadModelSql}, and {@link FakeBrowsableProjects} granting what {@link CxSampleIssues} grants
 * ({@code agent-key}: CX; {@code admin-key}: CX and SECRET). Rows come in through the real {@link ReadModel}
 * ({@link #write}) or straight into the tables ({@link #initiativeRow}, {@link #feedbackRow}) for volume.
 */
public final class Dashboards {

    /** The catalogue's clock: 2026-11-02T09:00Z, a Monday (10:00 in Jira's zone, Europe/Berlin). */
    public final Instant now;
    public final ActiveObjects ao;
    public final ReadModel readModel;
    public final TestReadModelSql sql;
    public final FakeBrowsableProjects browsable = new FakeBrowsableProjects()
            .allow("agent-key", CxSampleIssues.CX_PROJECT)
            .allow("admin-key", CxSampleIssues.CX_PROJECT, CxSampleIssues.SECRET_PROJECT);
    public final DashboardService service;
    /** Where {@link #service} keeps the catalogue between requests. */
    public final LocalSnapshotCache<DashboardCatalog.Snapshot> catalogSnapshots;
    private final AtomicLong nextIssueId = new AtomicLong(900_000);
    private final Initiatives initiatives;

    public Dashboards(Initiatives initiatives) {
        this.initiatives = initiatives;
        ao = initiatives.catalog.ao().activeObjects();
        new DashboardUpgradeTask4().upgrade(ModelVersion.valueOf("3"), ao);
        now = initiatives.catalog.clock.instant();
        readModel = new ReadModel(ao, initiatives.options, Initiatives.ZONE, initiatives.catalog.clock);
        sql = new TestReadModelSql(initiatives.catalog.ao());
        catalogSnapshots = new LocalSnapshotCache<>();
        service = new DashboardService(catalogOver(initiatives.catalog, sql, catalogSnapshots),
                new AlignmentQueries(sql), new FeedbackLoopQueries(sql), browsable, initiatives.catalog.clock,
                Initiatives.ZONE);
    }

    /** The dashboards' view of the catalogue over this SQL, its snapshot kept in this cache. */
    public static DashboardCatalog catalogOver(Catalog catalog, ReadModelSql sql,
                                               LocalSnapshotCache<DashboardCatalog.Snapshot> snapshots) {
        return new DashboardCatalog(catalog.missions, catalog.goals, catalog.metrics, sql, catalog.changes,
                snapshots);
    }

    /** Writes an issue of the fake Jira into the read model, as an event would. */
    public void write(long issueId, String statusCategory, Instant created, List<Long> addressed) {
        readModel.refresh(initiatives.jira.find(issueId).orElseThrow(),
                new IssueFacts(statusCategory, created, created, null), addressed, 0);
    }

    /**
     * The sample issues in the read model: CX-2 (closed, done, received 2026-02-02, 255 days to tell), CX-3 (open
     * but acted on, received three days ago), SECRET-4 (acted on, received 40 days ago), CX-1 (aligned, in
     * progress, addressing all three) and CX-5 (not aligned, new).
     */
    public void writeSample(CxSampleIssues sample) {
        write(sample.closedFeedback, IssueFacts.DONE, Instant.parse("2026-02-02T10:00:00Z"), List.of());
        write(sample.openFeedback, IssueFacts.NEW, now.minus(java.time.Duration.ofDays(3)), List.of());
        write(sample.secretFeedback, IssueFacts.IN_PROGRESS, now.minus(java.time.Duration.ofDays(40)), List.of());
        write(sample.initiative, IssueFacts.IN_PROGRESS, Instant.parse("2026-03-10T08:00:00Z"),
                List.of(sample.closedFeedback, sample.openFeedback, sample.secretFeedback));
        write(sample.unalignedInitiative, IssueFacts.NEW, Instant.parse("2026-04-01T08:00:00Z"), List.of());
    }

    /** An initiative row straight into the table; null goal or metric for missing ones. */
    public long initiativeRow(long projectId, String statusCategory, Integer goalId, Integer metricId,
                              boolean outcome, Instant created) {
        long issueId = nextIssueId.incrementAndGet();
        InitiativeRowEntity row = ao.create(InitiativeRowEntity.class, new DBParam("ISSUE_ID", issueId),
                new DBParam("ISSUE_KEY", "INI-" + issueId), new DBParam("SUMMARY", "Initiative " + issueId),
                new DBParam("PROJECT_ID", projectId), new DBParam("STATUS_CATEGORY", statusCategory));
        row.setGoalId(goalId);
        row.setMetricId(metricId);
        row.setHasOutcome(outcome);
        row.setAligned(goalId != null && metricId != null && outcome);
        row.setCreatedAt(StoredValues.instant(created));
        row.save();
        return issueId;
    }

    /** A feedback row straight into the table; {@code daysToClose} only for a CLOSED loop. */
    public long feedbackRow(long projectId, String statusCategory, String channel, String loopState,
                            boolean actedOn, Instant created, Integer daysToClose) {
        long issueId = nextIssueId.incrementAndGet();
        FeedbackRowEntity row = ao.create(FeedbackRowEntity.class, new DBParam("ISSUE_ID", issueId),
                new DBParam("ISSUE_KEY", "FB-" + issueId), new DBParam("SUMMARY", "Feedback " + issueId),
                new DBParam("PROJECT_ID", projectId), new DBParam("STATUS_CATEGORY", statusCategory),
                new DBParam("LOOP_STATE", loopState));
        row.setChannel(channel);
        row.setActedOn(actedOn);
        row.setCreatedAt(StoredValues.instant(created));
        row.setDaysToClose(daysToClose);
        row.save();
        return issueId;
    }
}
