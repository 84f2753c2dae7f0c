package com.cxalign.jira.dashboard.readmodel;

import java.time.Instant;

/**
 * A run of the read model's rebuild, for the admin page: {@code RUNNING} (with the issues seen so far), {@code DONE}
 * or {@code FAILED} (with why), and what it wrote and removed.
 */
public record RebuildReport(int run, String state, Instant startedAt, Instant finishedAt, int issuesSeen,
                            int rowsWritten, int rowsRemoved, String message) {
}
