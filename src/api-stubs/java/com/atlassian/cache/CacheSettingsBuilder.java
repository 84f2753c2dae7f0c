package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.cache.CacheSettingsBuilder} (atlassian-cache-api); only the
 * members this plugin calls. The real builder methods are {@code @Nonnull}; the stub leaves the annotations out.
 */
public class CacheSettingsBuilder {

    public CacheSettingsBuilder() {
    }

    /** In a cluster, a change on one node invalidates the entry on the other nodes (values are not copied). */
    public CacheSettingsBuilder replicateViaInvalidation() {
        throw new UnsupportedOperationException("API stub: provided by Jira at run time");
    }

    /** Entries expire this long after they were written. */
    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        throw new UnsupportedOperationException("API stub: provided by Jira at run time");
    }

    public CacheSettings build() {
        throw new UnsupportedOperationException("API stub: provided by Jira at run time");
    }
}
