package com.cxalign.jira.initiative;

import com.cxalign.jira.platform.security.Actor;

import java.util.List;
import java.util.Optional;

/**
 * The port to Jira's issues: find an issue, tell whether a user may browse it, and follow the "addresses feedback"
 * links. The Jira adapter implements it over Jira's managers; tests use a plain in-memory one.
 */
public interface CxIssues {

    /** The most links the plugin follows from one issue; the panel says when there are more. */
    int MAX_LINKS = 50;

    Optional<CxIssue> find(String issueKey);

    Optional<CxIssue> find(long issueId);

    /** Whether the user may browse the issue (Jira's Browse Projects permission and issue security). */
    boolean canBrowse(Actor actor, long issueId);

    /** The ids of the feedback issues an initiative addresses (outward "addresses feedback" links). */
    List<Long> addressedFeedback(long initiativeId);

    /** The ids of the initiatives that address a feedback issue (inward "addresses feedback" links). */
    List<Long> addressingInitiatives(long feedbackId);
}
