package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.scheduler.config.JobRunnerKey} (atlassian-scheduler-api).
 * Like UserKey this is a REAL, working value class (tests compare them): {@code final}, {@code Serializable},
 * {@code Comparable}, built by {@code of(String)}, equality and hash code by string value, {@code toString()} returns
 * the string value.
 */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private static final long serialVersionUID = 1L;

    private final String jobRunnerKey;

    private JobRunnerKey(String jobRunnerKey) {
        this.jobRunnerKey = Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
    }

    public static JobRunnerKey of(String jobRunnerKey) {
        return new JobRunnerKey(jobRunnerKey);
    }

    @Override
    public int compareTo(JobRunnerKey o) {
        return jobRunnerKey.compareTo(o.jobRunnerKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey && jobRunnerKey.equals(((JobRunnerKey) o).jobRunnerKey);
    }

    @Override
    public int hashCode() {
        return jobRunnerKey.hashCode();
    }

    @Override
    public String toString() {
        return jobRunnerKey;
    }
}
