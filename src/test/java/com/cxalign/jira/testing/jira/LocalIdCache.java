package com.cxalign.jira.testing.jira;

import com.cxalign.jira.initiative.store.IdCache;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An {@link IdCache} in memory, as Jira's cache behaves on one node: the snapshot is kept until cleared. Counts how
 * often it had to load, so that tests can show the database is not asked again. Thread-safe.
 */
public final class LocalIdCache implements IdCache {

    private volatile Map<String, String> snapshot;
    private final AtomicInteger loads = new AtomicInteger();

    @Override
    public Map<String, String> get(Supplier<Map<String, String>> load) {
        Map<String, String> kept = snapshot;
        if (kept == null) {
            loads.incrementAndGet();
            kept = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(load.get()));
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
