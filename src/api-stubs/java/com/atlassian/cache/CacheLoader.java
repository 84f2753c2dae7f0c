package com.atlassian.cache;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.cache.CacheLoader} (atlassian-cache-api). One abstract
 * method, so a lambda works. The real method is {@code @Nonnull V load(@Nonnull K key)}: never return null.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface CacheLoader<K, V> {

    /** @return the value for this key (never null) */
    V load(K key);
}
