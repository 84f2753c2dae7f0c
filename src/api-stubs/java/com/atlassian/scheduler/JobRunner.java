package com.atlassian.scheduler;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.scheduler.JobRunner} (atlassian-scheduler-api,
 * {@code @PublicSpi}). FULL: its only method. May return {@code null} (counts as success).
 */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
