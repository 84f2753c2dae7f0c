package com.cxalign.jira.initiative.jira;

import com.atlassian.cache.CacheManager;
import com.cxalign.jira.initiative.store.IdCache;
import com.cxalign.jira.platform.PluginKey;
import com.cxalign.jira.platform.cache.jira.AtlassianSnapshotCache;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** {@link IdCache} in Jira's cache ({@link AtlassianSnapshotCache}), expiring after an hour. */
public class AtlassianIdCache implements IdCache {

    static final String NAME = PluginKey.KEY + ".jira-ids";

    private final AtlassianSnapshotCache<Map<String, String>> snapshot;

    public AtlassianIdCache(CacheManager caches) {
        this.snapshot = new AtlassianSnapshotCache<>(caches, NAME, 1, TimeUnit.HOURS);
    }

    @Override
    public Map<String, String> get(Supplier<Map<String, String>> load) {
        return snapshot.get(() -> Collections.unmodifiableMap(new LinkedHashMap<>(load.get())));
    }

    @Override
    public void clear() {
        snapshot.clear();
    }
}
