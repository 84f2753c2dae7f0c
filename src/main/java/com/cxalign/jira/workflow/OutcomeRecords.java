package com.cxalign.jira.workflow;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.model.InitiativeValues;
import com.cxalign.jira.workflow.store.OutcomeRecordEntity;

import java.time.Clock;
import java.util.Optional;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** The outcome records of resolved initiatives, one per initiative, for the results and ROI views. */
public class OutcomeRecords {

    private final ActiveObjects ao;
    private final Clock clock;

    public OutcomeRecords(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    /** Records (or replaces) the initiative's outcome as its fields are now, resolved now by {@code userKey}. */
    public OutcomeRecord record(CxIssue issue, InitiativeValues values, String userKey) {
        return ao.executeInTransaction(() -> {
            OutcomeRecordEntity[] rows = ao.find(OutcomeRecordEntity.class,
                    Query.select().where("ISSUE_ID = ?", issue.id()));
            OutcomeRecordEntity row = rows.length > 0 ? rows[0] : ao.create(OutcomeRecordEntity.class,
                    new DBParam("ISSUE_ID", issue.id()), new DBParam("ISSUE_KEY", issue.key()),
                    new DBParam("RESOLVED_AT", StoredValues.instant(clock.instant())));
            row.setIssueKey(issue.key());
            row.setProjectId(issue.projectId());
            row.setGoalId(values.goalId());
            row.setMetricId(values.metricId());
            row.setBaseline(StoredValues.decimal(values.baseline()));
            row.setTarget(StoredValues.decimal(values.target()));
            row.setActual(StoredValues.decimal(values.actual()));
            row.setExpectedImpact(StoredValues.decimal(values.expectedImpact()));
            row.setResolvedAt(StoredValues.instant(clock.instant()));
            row.setRecordedBy(userKey);
            row.save();
            return toRecord(row);
        });
    }

    public Optional<OutcomeRecord> find(long issueId) {
        OutcomeRecordEntity[] rows = ao.find(OutcomeRecordEntity.class, Query.select().where("ISSUE_ID = ?", issueId));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRecord(rows[0]));
    }

    private static OutcomeRecord toRecord(OutcomeRecordEntity row) {
        return new OutcomeRecord(row.getIssueId(), row.getIssueKey(), row.getProjectId(), row.getGoalId(),
                row.getMetricId(), StoredValues.decimal(row.getBaseline()), StoredValues.decimal(row.getTarget()),
                StoredValues.decimal(row.getActual()), StoredValues.decimal(row.getExpectedImpact()),
                StoredValues.instant(row.getResolvedAt()), row.getRecordedBy());
    }
}
