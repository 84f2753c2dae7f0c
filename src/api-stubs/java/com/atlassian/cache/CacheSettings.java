package com.atlassian.cache;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.cache.CacheSettings} (atlassian-cache-api): an interface,
 * built with {@link CacheSettingsBuilder}. No members: the plugin only passes it on.
 */
public interface CacheSettings {
}
