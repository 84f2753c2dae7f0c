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
 * The dashboards' copy of one Customer Feedback issue: what the feedback-loop dashboard counts. One row per issue,
 * kept current by issue and link events and rebuilt by the rebuild job.
 */
@Table("FEEDBACK_ROW")
// the oldest open loops page reads this index in order (see OrderedPages)
@Indexes(@Index(name = "created_issue", methodNames = {"getCreatedAt", "getIssueId"}))
public interface FeedbackRowEntity extends Entity {

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

    /** {@code FeedbackChannel} name, null when not chosen. */
    @Indexed
    @StringLength(20)
    String getChannel();

    void setChannel(String channel);

    @StringLength(20)
    String getSentiment();

    void setSentiment(String sentiment);

    /** Whether an initiative addresses it ("addresses feedback" link), whatever its loop state. */
    @Indexed
    boolean isActedOn();

    void setActedOn(boolean actedOn);

    /** {@code LoopState} name: OPEN, ACTED_ON or CLOSED. */
    @NotNull
    @Indexed
    @StringLength(20)
    String getLoopState();

    void setLoopState(String loopState);

    /** The day the customer was told, as midnight UTC of that day; null while the loop is open. */
    Date getLoopClosedOn();

    void setLoopClosedOn(Date loopClosedOn);

    /** Days from received (created) to customer told; null while the loop is open. For medians in SQL. */
    @Indexed
    Integer getDaysToClose();

    void setDaysToClose(Integer daysToClose);

    /** When the row was last written (by an event or a rebuild). */
    Date getWrittenAt();

    void setWrittenAt(Date writtenAt);

    /** The rebuild run that last saw the issue. */
    int getSeenInRun();

    void setSeenInRun(int seenInRun);
}
