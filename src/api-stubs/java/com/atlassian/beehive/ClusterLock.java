package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.beehive.ClusterLock} (beehive-api): a cluster-wide {@link
 * Lock}. Only the inherited {@code Lock} methods are used; the real interface adds more.
 */
public interface ClusterLock extends Lock {
}
