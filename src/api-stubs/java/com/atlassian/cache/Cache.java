package com.atlassian.cache;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.cache.Cache} (atlassian-cache-api); only the members this
 * plugin calls. Real: {@code @PublicApi}; in Platform 7 {@code Cache<K, V> extends ReadThroughCache<K, V>}, which
 * declares {@code @Nullable V get(@Nonnull K)} and {@code void removeAll()}. {@code ReadThroughCache} is not stubbed
 * (unused stubs are refused; the plugin's bytecode names {@code Cache.get}/{@code Cache.removeAll}, which the JVM
 * resolves through the super-interface). Annotations left out.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface Cache<K, V> {

    /** @return the value for this key, loaded through the cache's {@link CacheLoader} on a miss */
    V get(K key);

    /** Removes every entry; on a remote (replicated-via-invalidation) cache every node drops its copy. */
    void removeAll();
}
