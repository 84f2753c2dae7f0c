package com.cxalign.jira.dashboard;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import com.cxalign.jira.dashboard.readmodel.FakeJiraSource;
import com.cxalign.jira.dashboard.readmodel.ReadModel;
import com.cxalign.jira.dashboard.readmodel.ReadModelRebuild;
import com.cxalign.jira.dashboard.readmodel.RebuildAdmin;
import com.cxalign.jira.dashboard.store.DashboardUpgradeTask4;
import com.cxalign.jira.initiative.Initiatives;

/**
 * The dashboards' read model wired as in Jira over an {@link Initiatives} rule (its database, with model version 4
 * applied, and its in-memory Jira as the source of issues, see {@link FakeJiraSource}), with a rebuild that the
 * "scheduler" runs at once. Build it once the rule has started.
 */
public final class ReadModels {

    public final ReadModel readModel;
    public final FakeJiraSource source;
    public final ReadModelRebuild rebuild;
    public final RebuildAdmin rebuildAdmin;

    private ReadModels(Initiatives initiatives) {
        ActiveObjects ao = initiatives.catalog.ao().activeObjects();
        new DashboardUpgradeTask4().upgrade(ModelVersion.valueOf("3"), ao);
        readModel = new ReadModel(ao, initiatives.options, Initiatives.ZONE, initiatives.catalog.clock);
        source = new FakeJiraSource(initiatives.jira);
        rebuild = new ReadModelRebuild(ao, readModel, source, initiatives.locks, initiatives.catalog.clock);
        rebuildAdmin = new RebuildAdmin(rebuild, rebuild::run);
    }

    public static ReadModels over(Initiatives initiatives) {
        return new ReadModels(initiatives);
    }
}
