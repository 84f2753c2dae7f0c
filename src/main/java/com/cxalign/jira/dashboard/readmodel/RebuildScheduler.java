package com.cxalign.jira.dashboard.readmodel;

/** Starts the read model's rebuild in the background (Jira's scheduler, one node of the cluster). */
public interface RebuildScheduler {

    /** @throws IllegalStateException when the scheduler refuses the job */
    void scheduleRebuild();
}
