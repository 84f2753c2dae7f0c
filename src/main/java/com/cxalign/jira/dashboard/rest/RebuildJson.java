package com.cxalign.jira.dashboard.rest;

import com.cxalign.jira.dashboard.readmodel.RebuildReport;

/** A rebuild run as the REST API shows it, with its times as ISO-8601 text. */
public record RebuildJson(int run, String state, String startedAt, String finishedAt, int issuesSeen,
                          int rowsWritten, int rowsRemoved, String message) {

    static RebuildJson of(RebuildReport report) {
        return new RebuildJson(report.run(), report.state(), String.valueOf(report.startedAt()),
                report.finishedAt() == null ? null : report.finishedAt().toString(), report.issuesSeen(),
                report.rowsWritten(), report.rowsRemoved(), report.message());
    }
}
