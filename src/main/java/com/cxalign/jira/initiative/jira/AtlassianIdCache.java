package com.cxalign.jira.initiative.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.cxalign.jira.initiative.store.IdCache;
import com.cxalign.jira.platform.PluginKey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@link IdCache} in Jira's cache: one entry, the whole snapshot, replicated by invalidation, so that clearing it
 * on the node that changed an id clears it on every node of the cluster; it also expires after an hour, which bounds
 * what a clear lost in a race could leave behind.
 */
public class AtlassianIdCache implements IdCache {

    static final String NAME = PluginKey.KEY + ".jira-ids";
    private static final String SNAPSHOT = "snapshot";

    private final Cache<String, LinkedHashMap<String, String>> cache;
    /** Held here: Jira's cache keeps only a weak reference to its loader. */
    private final CacheLoader<String, LinkedHashMap<String, String>> loader;
    /** What reads the snapshot from the database; always the same reader, handed in by the first read. */
    private volatile Supplier<Map<String, String>> load = Map::of;

    public AtlassianIdCache(CacheManager caches) {
        this.loader = key -> new LinkedHashMap<>(load.get());
        this.cache = caches.getCache(NAME, loader,
                new CacheSettingsBuilder().replicateViaInvalidation().expireAfterWrite(1, TimeUnit.HOURS).build());
    }

    @Override
    public Map<String, String> get(Supplier<Map<String, String>> load) {
        this.load = load;
        return Collections.unmodifiableMap(cache.get(SNAPSHOT));
    }

    @Override
    public void clear() {
        cache.removeAll();
    }
}
