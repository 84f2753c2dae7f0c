package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.scheduler.config.JobConfig} (atlassian-scheduler-api, an
 * immutable final class: each {@code with..} returns a new copy); only the members this plugin calls. A working
 * stand-in (equality by runner key, run mode and schedule, as in the real class, which also compares its parameters)
 * so tests can build and compare configs. As in the real class, the defaults are {@code RUN_ONCE_PER_CLUSTER} and
 * {@code Schedule.runOnce(null)} (run as soon as possible), and a {@code null} passed to {@code with..} restores the
 * default; {@code forJobRunnerKey(null)} throws {@code NullPointerException}.
 */
public final class JobConfig {

    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
        this.runMode = runMode != null ? runMode : RunMode.RUN_ONCE_PER_CLUSTER;
        this.schedule = schedule != null ? schedule : Schedule.runOnce(null);
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.runOnce(null));
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JobConfig)) {
            return false;
        }
        JobConfig other = (JobConfig) o;
        return jobRunnerKey.equals(other.jobRunnerKey) && runMode == other.runMode && schedule.equals(other.schedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobRunnerKey, runMode, schedule);
    }

    @Override
    public String toString() {
        return "JobConfig[" + jobRunnerKey + ", " + runMode + ", " + schedule + "]";
    }
}
