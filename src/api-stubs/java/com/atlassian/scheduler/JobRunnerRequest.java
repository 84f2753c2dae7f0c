package com.atlassian.scheduler;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.scheduler.JobRunnerRequest} (atlassian-scheduler-api): what a
 * {@link JobRunner} is given for one run. No member is stubbed (the plugin reads none).
 */
public interface JobRunnerRequest {
}
