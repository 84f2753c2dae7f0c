package com.cxalign.jira.feedback;

/** How the customer felt, as the person who filed the feedback read it. */
public enum Sentiment {
    NEGATIVE,
    NEUTRAL,
    POSITIVE
}
