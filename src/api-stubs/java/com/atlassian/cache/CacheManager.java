package com.atlassian.cache;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.cache.CacheManager} (atlassian-cache-api); only the member
 * this plugin calls. Jira exposes it to plugins as an OSGi service.
 * <p>
 * Real hierarchy: {@code CacheManager extends CacheFactory}, and {@code getCache} is declared in
 * {@code CacheFactory} ({@code @PublicApi}) as
 * {@code @Nonnull <K, V> Cache<K, V> getCache(@Nonnull String, @Nullable CacheLoader<K, V>, @Nonnull CacheSettings)}.
 * {@code CacheFactory} is not stubbed (unused stubs are refused: the plugin's bytecode names only
 * {@code CacheManager.getCache}, which the JVM resolves through the super-interface). Annotations left out.
 */
public interface CacheManager {

    /**
     * @return the cache with this name, created with these settings on first use; {@code loader} fills misses of
     *         {@link Cache#get(Object)}. Get it once and keep it: the cache holds only a weak reference to the loader.
     */
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings);
}
