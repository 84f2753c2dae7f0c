package com.cxalign.jira.initiative.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** The id snapshot in Jira's cache (Mockito: the cache exists only in Jira). */
public class AtlassianIdCacheTest {

    @Test
    @SuppressWarnings("unchecked")
    public void theSnapshotIsOneEntryLoadedFromTheDatabaseOnAMissAndClearedForTheWholeCluster() {
        CacheManager caches = mock(CacheManager.class);
        Cache<String, LinkedHashMap<String, String>> cache = mock(Cache.class);
        ArgumentCaptor<CacheLoader<String, LinkedHashMap<String, String>>> loader =
                ArgumentCaptor.forClass(CacheLoader.class);
        when(caches.<String, LinkedHashMap<String, String>>getCache(eq(AtlassianIdCache.NAME), loader.capture(),
                any(CacheSettings.class))).thenReturn(cache);
        try (var settings = org.mockito.Mockito.mockConstruction(com.atlassian.cache.CacheSettingsBuilder.class,
                (builder, context) -> {
                    when(builder.replicateViaInvalidation()).thenReturn(builder);
                    when(builder.expireAfterWrite(1, java.util.concurrent.TimeUnit.HOURS)).thenReturn(builder);
                    when(builder.build()).thenReturn(mock(CacheSettings.class));
                })) {
            AtlassianIdCache idCache = new AtlassianIdCache(caches);
            when(cache.get("snapshot")).thenAnswer(call -> loader.getValue().load("snapshot"));

            Map<String, String> read = idCache.get(() -> Map.of("field.goal", "10010"));
            idCache.clear();

            assertEquals(Map.of("field.goal", "10010"), read);
            assertThrows(UnsupportedOperationException.class, () -> read.put("field.metric", "1"));
            verify(cache).removeAll();
            verify(settings.constructed().get(0)).replicateViaInvalidation();
        }
    }
}
