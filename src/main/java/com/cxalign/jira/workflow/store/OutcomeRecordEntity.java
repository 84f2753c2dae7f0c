package com.cxalign.jira.workflow.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * What an initiative achieved, recorded by the "Record outcome" post function when it is done: its goal and metric,
 * the baseline, target and actual it recorded and its expected impact (decimal text, exact on every database), when
 * it was resolved and by whom. One row per initiative: resolving it again replaces the record.
 */
@Table("OUTCOME_RECORD")
public interface OutcomeRecordEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String issueKey);

    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    @Indexed
    Integer getGoalId();

    void setGoalId(Integer goalId);

    @Indexed
    Integer getMetricId();

    void setMetricId(Integer metricId);

    @StringLength(40)
    String getBaseline();

    void setBaseline(String baseline);

    @StringLength(40)
    String getTarget();

    void setTarget(String target);

    @StringLength(40)
    String getActual();

    void setActual(String actual);

    @StringLength(40)
    String getExpectedImpact();

    void setExpectedImpact(String expectedImpact);

    @NotNull
    Date getResolvedAt();

    void setResolvedAt(Date resolvedAt);

    @StringLength(255)
    String getRecordedBy();

    void setRecordedBy(String recordedBy);
}
