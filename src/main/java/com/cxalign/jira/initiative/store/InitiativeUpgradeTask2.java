package com.cxalign.jira.initiative.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 2: the table of the Jira objects the plugin made ({@link JiraObjectEntity}). Migrating adds the
 * table and leaves the catalogue's tables and data as they are, so the task may run again harmlessly.
 */
public class InitiativeUpgradeTask2 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(JiraObjectEntity.class);
    }
}
