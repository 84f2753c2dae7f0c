package com.cxalign.jira.dashboard.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The dashboards' copy of one CX Initiative: what the alignment dashboard counts, so that it never loads issues or
 * touches Jira's search index. Kept current by issue events and rebuilt by the rebuild job; one row per issue.
 */
@Table("INITIATIVE_ROW")
// the unaligned initiatives page reads this index in order (see OrderedPages)
@Indexes(@Index(name = "created_issue", methodNames = {"getCreatedAt", "getIssueId"}))
public interface InitiativeRowEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    @StringLength(255)
    String getSummary();

    void setSummary(String summary);

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    /** Jira's status category: {@code new}, {@code indeterminate} or {@code done}. */
    @NotNull
    @Indexed
    @StringLength(20)
    String getStatusCategory();

    void setStatusCategory(String statusCategory);

    @Indexed
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    Date getResolvedAt();

    void setResolvedAt(Date resolvedAt);

    @Indexed
    Integer getGoalId();

    void setGoalId(Integer goalId);

    @Indexed
    Integer getMetricId();

    void setMetricId(Integer metricId);

    boolean isHasOutcome();

    void setHasOutcome(boolean hasOutcome);

    /** Goal, metric and customer outcome all set. */
    @Indexed
    boolean isAligned();

    void setAligned(boolean aligned);

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

    /** When the row was last written (by an event or a rebuild). */
    Date getWrittenAt();

    void setWrittenAt(Date writtenAt);

    /** The rebuild run that last saw the issue; rows that a whole rebuild did not see belong to deleted issues. */
    int getSeenInRun();

    void setSeenInRun(int seenInRun);
}
