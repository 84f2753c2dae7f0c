package com.atlassian.scheduler;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.scheduler.JobRunnerResponse} (atlassian-scheduler-api, a
 * final class with static factories); only the factories this plugin calls. They are working stand-ins (they
 * return a response carrying the outcome and message, shown by {@code toString()}) so tests can run a
 * {@link JobRunner}; the real class's getters ({@code getRunOutcome()}, {@code getMessage()}) are not stubbed.
 */
public final class JobRunnerResponse {

    private final String outcome;
    private final String message;

    private JobRunnerResponse(String outcome, String message) {
        this.outcome = outcome;
        this.message = message;
    }

    /** @param message optional, may be null */
    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse("SUCCESS", message);
    }

    /** @throws IllegalArgumentException if the message is null or blank (as in the real class) */
    public static JobRunnerResponse failed(String message) {
        if (message == null || message.trim().isEmpty()) {
            throw new IllegalArgumentException("The message must be specified when reporting a job as failed!");
        }
        return new JobRunnerResponse("FAILED", message);
    }

    @Override
    public String toString() {
        return outcome + ": " + message;
    }
}
