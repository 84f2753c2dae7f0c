package com.cxalign.jira.testing.jira;

import com.cxalign.jira.initiative.setup.ClusterLocks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@link ClusterLocks} for tests: one JVM lock per name, shared by every thread (the "nodes" of a test). Refuses to
 * be taken again by the thread that holds it, because Jira's cluster locks are not re-entrant either.
 */
public final class LocalClusterLocks implements ClusterLocks {

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public <T> T underLock(String name, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(name, key -> new ReentrantLock());
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("cluster lock " + name + " taken again by the thread that holds it");
        }
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** No lock at all: what two nodes would do without one. */
    public static ClusterLocks none() {
        return new ClusterLocks() {
            @Override
            public <T> T underLock(String name, Supplier<T> work) {
                return work.get();
            }
        };
    }
}
