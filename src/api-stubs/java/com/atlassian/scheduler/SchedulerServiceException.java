package com.atlassian.scheduler;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.scheduler.SchedulerServiceException}
 * (atlassian-scheduler-api): the checked exception of {@link SchedulerService#scheduleJob}. Constructors are kept
 * working (they only call super) so tests can throw it.
 */
public class SchedulerServiceException extends Exception {

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
