package com.atlassian.beehive;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.beehive.ClusterLockService} (beehive-api); only the
 * members this plugin calls.
 */
public interface ClusterLockService {

    /** @return the cluster-wide lock with this name (created on first use) */
    ClusterLock getLockForName(String lockName);
}
