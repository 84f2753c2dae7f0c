package com.cxalign.jira.dashboard.readmodel;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.dashboard.store.FeedbackLinkEntity;
import com.cxalign.jira.dashboard.store.FeedbackRowEntity;
import com.cxalign.jira.dashboard.store.InitiativeRowEntity;
import com.cxalign.jira.feedback.FeedbackValues;
import com.cxalign.jira.feedback.LoopState;
import com.cxalign.jira.initiative.CatalogOptions;
import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.model.InitiativeValues;
import com.cxalign.jira.initiative.values.CxFieldValues;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * Writes the dashboards' read model, one issue at a time: the row of a CX Initiative or Customer Feedback issue as
 * it is now, and the "addresses feedback" links of an initiative. Every write is idempotent (the same issue twice
 * gives the same rows), so an event handled twice, or an event and a rebuild crossing, leave the same state.
 */
public class ReadModel {

    /** The longest summary a row keeps; the dashboards show it as a link text. */
    static final int SUMMARY_LENGTH = 255;
    /** Feedback rows read per statement after an initiative's links changed (Oracle takes 1,000 in an IN list). */
    static final int IDS_PER_STATEMENT = 500;

    private final ActiveObjects ao;
    private final CatalogOptions options;
    private final ZoneId zone;
    private final Clock clock;

    public ReadModel(ActiveObjects ao, CatalogOptions options, ZoneId zone, Clock clock) {
        this.ao = ao;
        this.options = options;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * Brings the issue's row up to date: a CX Initiative's row and its links to the feedback it addresses, a
     * Customer Feedback issue's row (acted on when an initiative links to it), or no row for any other issue type
     * (an issue moved away from a CX type loses its row).
     *
     * @param addressed for an initiative, the ids of the feedback issues it addresses; ignored otherwise
     * @param run       the rebuild run that writes it, 0 for an event
     */
    public void refresh(CxIssue issue, IssueFacts facts, List<Long> addressed, int run) {
        ao.executeInTransaction(() -> {
            CxFieldValues reader = new CxFieldValues(options.lookup(), zone);
            if (issue.type() == CxIssueType.INITIATIVE) {
                writeInitiative(issue, facts, reader.initiative(issue.rawValues()), run);
                relink(issue.id(), addressed);
            } else if (issue.type() == CxIssueType.FEEDBACK) {
                writeFeedback(issue, facts, reader.feedback(issue.rawValues()), run);
            } else {
                removeRows(issue.id());
            }
            return null;
        });
    }

    /** Forgets a deleted issue: its row and its links. */
    public void remove(long issueId) {
        ao.executeInTransaction(() -> {
            removeRows(issueId);
            return null;
        });
    }

    /** After a link changed: the feedback's "acted on" follows whether any initiative addresses it now. */
    public void linkChanged(long initiativeId, long feedbackId, boolean linked) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(FeedbackLinkEntity.class, "INITIATIVE_ID = ? AND FEEDBACK_ID = ?", initiativeId,
                    feedbackId);
            if (linked) {
                ao.create(FeedbackLinkEntity.class, new DBParam("INITIATIVE_ID", initiativeId),
                        new DBParam("FEEDBACK_ID", feedbackId));
            }
            updateActedOn(feedbackId);
            return null;
        });
    }

    private void writeInitiative(CxIssue issue, IssueFacts facts, InitiativeValues values, int run) {
        writeRow(InitiativeRowEntity.class, issue.id(), this::removeFeedbackRow,
                row -> initiativeColumns(row, issue, facts, values, run));
    }

    private void initiativeColumns(InitiativeRowEntity row, CxIssue issue, IssueFacts facts, InitiativeValues values,
                                   int run) {
        row.setIssueId(issue.id());
        row.setIssueKey(issue.key());
        row.setSummary(summary(issue));
        row.setProjectId(issue.projectId());
        row.setStatusCategory(facts.statusCategory());
        row.setCreatedAt(StoredValues.instant(facts.created()));
        row.setUpdatedAt(StoredValues.instant(facts.updated()));
        row.setResolvedAt(StoredValues.instant(facts.resolved()));
        row.setGoalId(values.goalId());
        row.setMetricId(values.metricId());
        row.setHasOutcome(values.outcome() != null);
        row.setAligned(values.goalId() != null && values.metricId() != null && values.outcome() != null);
        row.setBaseline(StoredValues.decimal(values.baseline()));
        row.setTarget(StoredValues.decimal(values.target()));
        row.setActual(StoredValues.decimal(values.actual()));
        row.setExpectedImpact(StoredValues.decimal(values.expectedImpact()));
        row.setSeenInRun(run);
        row.setWrittenAt(StoredValues.instant(clock.instant()));
    }

    private void writeFeedback(CxIssue issue, IssueFacts facts, FeedbackValues values, int run) {
        boolean actedOn = addressed(issue.id());
        writeRow(FeedbackRowEntity.class, issue.id(), this::removeInitiativeRow,
                row -> feedbackColumns(row, issue, facts, values, actedOn, run));
    }

    private void feedbackColumns(FeedbackRowEntity row, CxIssue issue, IssueFacts facts, FeedbackValues values,
                                 boolean actedOn, int run) {
        row.setIssueId(issue.id());
        row.setIssueKey(issue.key());
        row.setSummary(summary(issue));
        row.setProjectId(issue.projectId());
        row.setStatusCategory(facts.statusCategory());
        row.setCreatedAt(StoredValues.instant(facts.created()));
        row.setUpdatedAt(StoredValues.instant(facts.updated()));
        row.setResolvedAt(StoredValues.instant(facts.resolved()));
        row.setChannel(values.channel() == null ? null : values.channel().name());
        row.setSentiment(values.sentiment() == null ? null : values.sentiment().name());
        LoopState state = LoopState.of(values, actedOn);
        row.setActedOn(actedOn);
        row.setLoopState(state.name());
        LocalDate closedOn = state == LoopState.CLOSED ? values.loopClosedOn() : null;
        row.setLoopClosedOn(StoredValues.day(closedOn));
        row.setDaysToClose(closedOn == null || facts.created() == null ? null
                : (int) Math.max(0, Duration.between(facts.created().atZone(zone).toLocalDate().atStartOfDay(
                        ZoneOffset.UTC), closedOn.atStartOfDay(ZoneOffset.UTC)).toDays()));
        row.setSeenInRun(run);
        row.setWrittenAt(StoredValues.instant(clock.instant()));
    }

    /**
     * Writes the issue's row of this kind with {@code columns}: an existing row is updated, a new one inserted with
     * all its columns in one statement ({@link RowInsert}). Every write of one kind of row removes the other kind, so
     * an issue with a row of this kind has none of the other; one without (new, or of the other kind until now) loses
     * its row of the other kind first.
     */
    private <E extends Entity> void writeRow(Class<E> kind, long issueId, LongConsumer removeOtherKind,
                                             Consumer<E> columns) {
        E[] rows = ao.find(kind, Query.select().where("ISSUE_ID = ?", issueId));
        if (rows.length > 0) {
            columns.accept(rows[0]);
            rows[0].save();
            return;
        }
        removeOtherKind.accept(issueId);
        RowInsert<E> insert = new RowInsert<>(kind);
        columns.accept(insert.row());
        insert.into(ao);
    }

    /**
     * Makes the initiative's links the given ones, and the "acted on" of every feedback whose links changed. Reads
     * the initiative's links once and touches only the difference: an unchanged link set costs no further statement.
     */
    private void relink(long initiativeId, List<Long> addressed) {
        Set<Long> wanted = new LinkedHashSet<>(addressed);
        Set<Long> kept = new HashSet<>();
        Set<Long> unlinked = new LinkedHashSet<>();
        Set<Long> linked = new LinkedHashSet<>();
        List<FeedbackLinkEntity> stale = new ArrayList<>();
        for (FeedbackLinkEntity link : ao.find(FeedbackLinkEntity.class,
                Query.select().where("INITIATIVE_ID = ?", initiativeId))) {
            long feedbackId = link.getFeedbackId();
            if (wanted.contains(feedbackId) && kept.add(feedbackId)) {
                continue;
            }
            // no longer addressed, or a duplicate of a link kept
            stale.add(link);
            unlinked.add(feedbackId);
        }
        if (!stale.isEmpty()) {
            ao.delete(stale.toArray(new FeedbackLinkEntity[0]));
        }
        for (long feedbackId : wanted) {
            if (!kept.contains(feedbackId)) {
                ao.create(FeedbackLinkEntity.class, new DBParam("INITIATIVE_ID", initiativeId),
                        new DBParam("FEEDBACK_ID", feedbackId));
                linked.add(feedbackId);
            }
        }
        updateActedOn(linked, unlinked);
    }

    /** Whether any initiative addresses the feedback issue. */
    private boolean addressed(long feedbackId) {
        return ao.count(FeedbackLinkEntity.class, Query.select().where("FEEDBACK_ID = ?", feedbackId)) > 0;
    }

    /**
     * The "acted on" and loop state of feedback rows whose links changed: a feedback just linked is acted on; one
     * unlinked is while another initiative still addresses it. Per {@value #IDS_PER_STATEMENT} ids, the rows are read
     * in one statement and the remaining links of the unlinked ones in one more; a row is written only when something
     * changed.
     */
    private void updateActedOn(Set<Long> linked, Set<Long> unlinked) {
        List<Long> ids = new ArrayList<>(linked);
        unlinked.stream().filter(id -> !linked.contains(id)).forEach(ids::add);
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
            Set<Long> addressed = new HashSet<>(linked);
            Object[] toCount = chunk.stream().filter(id -> !linked.contains(id)).toArray();
            if (toCount.length > 0) {
                for (FeedbackLinkEntity link : ao.find(FeedbackLinkEntity.class,
                        Query.select().where("FEEDBACK_ID IN (" + placeholders(toCount.length) + ")", toCount))) {
                    addressed.add(link.getFeedbackId());
                }
            }
            for (FeedbackRowEntity row : ao.find(FeedbackRowEntity.class,
                    Query.select().where("ISSUE_ID IN (" + placeholders(chunk.size()) + ")", chunk.toArray()))) {
                setActedOn(row, addressed.contains(row.getIssueId()));
            }
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private void updateActedOn(long feedbackId) {
        updateActedOn(Set.of(), Set.of(feedbackId));
    }

    private static void setActedOn(FeedbackRowEntity row, boolean actedOn) {
        String loopState = LoopState.CLOSED.name().equals(row.getLoopState()) ? row.getLoopState()
                : (actedOn ? LoopState.ACTED_ON : LoopState.OPEN).name();
        if (row.isActedOn() == actedOn && loopState.equals(row.getLoopState())) {
            return;
        }
        row.setActedOn(actedOn);
        row.setLoopState(loopState);
        // Not "written": a link says nothing about whether the feedback issue still exists (see the rebuild's sweep).
        row.save();
    }

    private void removeRows(long issueId) {
        removeInitiativeRow(issueId);
        removeFeedbackRow(issueId);
    }

    private void removeInitiativeRow(long issueId) {
        if (ao.deleteWithSQL(InitiativeRowEntity.class, "ISSUE_ID = ?", issueId) > 0) {
            Set<Long> unlinked = new LinkedHashSet<>();
            FeedbackLinkEntity[] links = ao.find(FeedbackLinkEntity.class,
                    Query.select().where("INITIATIVE_ID = ?", issueId));
            for (FeedbackLinkEntity link : links) {
                unlinked.add(link.getFeedbackId());
            }
            if (links.length > 0) {
                ao.delete(links);
                updateActedOn(Set.of(), unlinked);
            }
        }
    }

    private void removeFeedbackRow(long issueId) {
        if (ao.deleteWithSQL(FeedbackRowEntity.class, "ISSUE_ID = ?", issueId) > 0) {
            ao.deleteWithSQL(FeedbackLinkEntity.class, "FEEDBACK_ID = ?", issueId);
        }
    }

    private static String summary(CxIssue issue) {
        String summary = issue.summary() == null ? "" : issue.summary();
        return summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH);
    }
}
