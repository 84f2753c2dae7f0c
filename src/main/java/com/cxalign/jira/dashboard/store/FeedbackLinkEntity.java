package com.cxalign.jira.dashboard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** An "addresses feedback" link between a CX Initiative and a Customer Feedback issue, for the dashboards. */
@Table("FEEDBACK_LINK")
public interface FeedbackLinkEntity extends Entity {

    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long initiativeId);

    @NotNull
    @Indexed
    long getFeedbackId();

    void setFeedbackId(long feedbackId);
}
