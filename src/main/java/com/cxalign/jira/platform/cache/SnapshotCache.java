package com.cxalign.jira.platform.cache;

import java.util.function.Supplier;

/**
 * Where a feature keeps one snapshot of what it reads often and what changes seldom, between reads. In Jira this is
 * a cluster-wide cache that a clear on any node clears on all of them; tests keep it in memory.
 *
 * @param <T> the snapshot, immutable
 */
public interface SnapshotCache<T> {

    /** The cached snapshot, or what {@code load} reads when there is none. */
    T get(Supplier<T> load);

    /** Forgets the snapshot everywhere, after a change has committed. */
    void clear();
}
