package com.cxalign.jira.initiative.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.cxalign.jira.initiative.setup.ClusterLocks;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** {@link ClusterLocks} over Jira's cluster lock service (a database lock shared by every node). */
public class BeehiveClusterLocks implements ClusterLocks {

    /** Setting up Jira's schema takes seconds; a node that waits longer than this gives up and says so. */
    static final long WAIT_SECONDS = 120;

    private final ClusterLockService lockService;

    public BeehiveClusterLocks(ClusterLockService lockService) {
        this.lockService = lockService;
    }

    @Override
    public <T> T underLock(String name, Supplier<T> work) {
        ClusterLock lock = lockService.getLockForName(name);
        boolean locked;
        try {
            locked = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the cluster lock " + name, e);
        }
        if (!locked) {
            throw new IllegalStateException("Another node held the cluster lock " + name + " for more than "
                    + WAIT_SECONDS + " seconds");
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
