package com.cxalign.jira.platform.cache.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.cxalign.jira.platform.cache.SnapshotCache;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@link SnapshotCache} in Jira's cache: one entry, the whole snapshot, replicated by invalidation, so that clearing
 * it on the node that made a change clears it on every node of the cluster; it also expires after a while, which
 * bounds what a clear lost in a race (a node loading while another commits) could leave behind.
 *
 * @param <T> the snapshot, immutable
 */
public class AtlassianSnapshotCache<T> implements SnapshotCache<T> {

    private static final String SNAPSHOT = "snapshot";

    private final Cache<String, T> cache;
    /** Held here: Jira's cache keeps only a weak reference to its loader. */
    private final CacheLoader<String, T> loader;
    /** What reads the snapshot from the database; always the same reader, handed in by the first read. */
    private volatile Supplier<T> load;

    public AtlassianSnapshotCache(CacheManager caches, String name, long expiry, TimeUnit unit) {
        this.loader = key -> load.get();
        this.cache = caches.getCache(name, loader,
                new CacheSettingsBuilder().replicateViaInvalidation().expireAfterWrite(expiry, unit).build());
    }

    @Override
    public T get(Supplier<T> load) {
        this.load = load;
        return cache.get(SNAPSHOT);
    }

    @Override
    public void clear() {
        cache.removeAll();
    }
}
