package com.cxalign.jira.testing.jira;

import com.cxalign.jira.initiative.store.IdCache;
import com.cxalign.jira.testing.cache.LocalSnapshotCache;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** An {@link IdCache} in memory ({@link LocalSnapshotCache}), as Jira's cache behaves on one node. */
public final class LocalIdCache implements IdCache {

    private final LocalSnapshotCache<Map<String, String>> snapshot = new LocalSnapshotCache<>();

    @Override
    public Map<String, String> get(Supplier<Map<String, String>> load) {
        return snapshot.get(() -> Collections.unmodifiableMap(new LinkedHashMap<>(load.get())));
    }

    @Override
    public void clear() {
        snapshot.clear();
    }

    public int loads() {
        return snapshot.loads();
    }
}
