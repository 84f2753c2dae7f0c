package com.cxalign.jira.initiative.setup;

import java.util.function.Supplier;

/**
 * Work that only one node of a Data Center cluster may do at a time (Jira's cluster locks behind a port). Locks are
 * not re-entrant: work under a lock must not take the same lock again.
 */
public interface ClusterLocks {

    /**
     * Runs {@code work} while holding the lock named {@code name}, waiting for it if another node holds it.
     *
     * @throws IllegalStateException if the lock could not be had in reasonable time
     */
    <T> T underLock(String name, Supplier<T> work);
}
