package com.cxalign.jira.dashboard.jira;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.cxalign.jira.dashboard.readmodel.ReadModelRebuild;
import com.cxalign.jira.dashboard.readmodel.RebuildReport;

/** The read model's rebuild as a job of Jira's scheduler (run once per cluster; see {@link DashboardLauncher}). */
public class ReadModelRebuildJob implements JobRunner {

    private final ReadModelRebuild rebuild;

    public ReadModelRebuildJob(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            RebuildReport report = rebuild.run();
            return JobRunnerResponse.success("CX Align read model rebuilt: " + report.issuesSeen() + " issues seen, "
                    + report.rowsWritten() + " rows written, " + report.rowsRemoved() + " removed");
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed("CX Align read model rebuild failed: " + e.getMessage());
        }
    }
}
