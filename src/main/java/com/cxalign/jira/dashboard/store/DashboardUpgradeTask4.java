package com.cxalign.jira.dashboard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 4: the dashboards' read model (initiative and feedback rows, their links, the rebuild runs). Adds
 * the tables and leaves every other table as it is; the rebuild job fills them.
 */
public class DashboardUpgradeTask4 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(InitiativeRowEntity.class, FeedbackRowEntity.class, FeedbackLinkEntity.class,
                RebuildRunEntity.class);
    }
}
