package com.cxalign.jira.feedback;

/** Where a piece of customer feedback came from. */
public enum FeedbackChannel {
    SURVEY,
    SUPPORT,
    INTERVIEW,
    REVIEW,
    SOCIAL,
    SALES,
    EMPLOYEE
}
