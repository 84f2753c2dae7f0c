package com.cxalign.jira.dashboard.readmodel;

import com.cxalign.jira.initiative.CxIssue;

import java.util.List;

/**
 * An issue as the read model is written from it: its CX fields, Jira's facts, and, for an initiative, the feedback it
 * addresses (empty for any other issue).
 */
public record SourcedIssue(CxIssue issue, IssueFacts facts, List<Long> addressedFeedback) {

    public SourcedIssue {
        addressedFeedback = List.copyOf(addressedFeedback);
    }
}
