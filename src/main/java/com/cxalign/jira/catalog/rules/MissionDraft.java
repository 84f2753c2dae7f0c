package com.cxalign.jira.catalog.rules;

/** The mission as an admin submits it, unchecked. */
public record MissionDraft(String statement, String successStatement) {
}
