package com.cxalign.jira.workflow;

import java.math.BigDecimal;
import java.time.Instant;

/** What an initiative achieved when it was resolved (see {@link com.cxalign.jira.workflow.store.OutcomeRecordEntity}). */
public record OutcomeRecord(long issueId, String issueKey, long projectId, Integer goalId, Integer metricId,
                            BigDecimal baseline, BigDecimal target, BigDecimal actual, BigDecimal expectedImpact,
                            Instant resolvedAt, String recordedBy) {
}
