package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.scheduler.config.JobId} (atlassian-scheduler-api).
 * Like UserKey this is a REAL, working value class (tests compare them): {@code final}, {@code Serializable},
 * {@code Comparable}, built by {@code of(String)}, equality and hash code by string value, {@code toString()} returns
 * the string value.
 */
public final class JobId implements Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;

    private final String jobId;

    private JobId(String jobId) {
        this.jobId = Objects.requireNonNull(jobId, "jobId");
    }

    public static JobId of(String jobId) {
        return new JobId(jobId);
    }

    @Override
    public int compareTo(JobId o) {
        return jobId.compareTo(o.jobId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId && jobId.equals(((JobId) o).jobId);
    }

    @Override
    public int hashCode() {
        return jobId.hashCode();
    }

    @Override
    public String toString() {
        return jobId;
    }
}
