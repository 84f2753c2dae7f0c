package com.cxalign.jira.dashboard.data.jira;

import com.atlassian.cache.CacheManager;
import com.cxalign.jira.dashboard.data.DashboardCatalog.Snapshot;
import com.cxalign.jira.platform.PluginKey;
import com.cxalign.jira.platform.cache.jira.AtlassianSnapshotCache;

import java.util.concurrent.TimeUnit;

/**
 * The catalogue as the dashboards read it, in Jira's cache: cleared on every catalogue change (see
 * {@code DashboardCatalog}), and after ten minutes at the latest.
 */
public class AtlassianCatalogSnapshotCache extends AtlassianSnapshotCache<Snapshot> {

    static final String NAME = PluginKey.KEY + ".dashboard-catalog";

    public AtlassianCatalogSnapshotCache(CacheManager caches) {
        super(caches, NAME, 10, TimeUnit.MINUTES);
    }
}
