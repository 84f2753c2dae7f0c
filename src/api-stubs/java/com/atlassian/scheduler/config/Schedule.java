package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.scheduler.config.Schedule} (atlassian-scheduler-api, a final
 * class with static factories); only {@code runOnce(Date)}. A working stand-in (equality by run time; the real class
 * has value equality too) so tests can build and compare job configs. {@code runOnce(null)} means "as soon as
 * possible".
 */
public final class Schedule {

    private final Date runTime;

    private Schedule(Date runTime) {
        this.runTime = runTime == null ? null : new Date(runTime.getTime());
    }

    public static Schedule runOnce(Date runTime) {
        return new Schedule(runTime);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule && Objects.equals(runTime, ((Schedule) o).runTime);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(runTime);
    }

    @Override
    public String toString() {
        return "Schedule[runOnce=" + runTime + "]";
    }
}
