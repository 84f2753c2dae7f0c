package com.cxalign.jira.testing.cache;

import com.cxalign.jira.platform.cache.SnapshotCache;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A {@link SnapshotCache} in memory, as Jira's cache behaves on one node: the snapshot is kept until cleared. Counts
 * how often it had to load, so that tests can show the database is not asked again. Thread-safe.
 */
public final class LocalSnapshotCache<T> implements SnapshotCache<T> {

    private volatile T snapshot;
    private final AtomicInteger loads = new AtomicInteger();

    @Override
    public T get(Supplier<T> load) {
        T kept = snapshot;
        if (kept == null) {
            loads.incrementAndGet();
            kept = load.get();
            snapshot = kept;
        }
        return kept;
    }

    @Override
    public void clear() {
        snapshot = null;
    }

    public int loads() {
        return loads.get();
    }
}
