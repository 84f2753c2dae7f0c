package com.atlassian.scheduler.config;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.scheduler.config.RunMode} (atlassian-scheduler-api): where a
 * job runs. Both constants, in the published order.
 */
public enum RunMode {
    /** Run on one node of the cluster only; the schedule is persisted in the database. */
    RUN_ONCE_PER_CLUSTER,
    /** Run on this node only; the schedule is kept in memory and lost on restart. */
    RUN_LOCALLY
}
