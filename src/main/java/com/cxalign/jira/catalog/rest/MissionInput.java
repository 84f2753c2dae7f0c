package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.rules.MissionDraft;

/** The body of a mission update. */
public record MissionInput(String statement, String successStatement, Integer version) {

    MissionDraft draft() {
        return new MissionDraft(statement, successStatement);
    }
}
