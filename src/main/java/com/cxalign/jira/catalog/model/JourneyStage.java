package com.cxalign.jira.catalog.model;

/** The stages of the customer journey a metric or initiative can be about. */
public enum JourneyStage {
    AWARENESS,
    CONSIDERATION,
    PURCHASE,
    ONBOARDING,
    USAGE,
    SUPPORT,
    RENEWAL,
    ADVOCACY
}
