package com.cxalign.jira.dashboard.readmodel;

import com.cxalign.jira.initiative.CxIssue;

import java.util.List;

/** An issue as the read model is written from it: its CX fields, Jira's facts, and the feedback it addresses. */
public record SourcedIssue(CxIssue issue, IssueFacts facts, List<Long> addressedFeedback) {

    public SourcedIssue {
        addressedFeedback = List.copyOf(addressedFeedback);
    }
}
