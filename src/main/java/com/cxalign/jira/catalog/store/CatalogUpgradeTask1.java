package com.cxalign.jira.catalog.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 1: the catalogue's first tables. Migrating is idempotent, so the task may run again harmlessly.
 * Later model changes get a task of their own (CatalogUpgradeTask2, ...), each migrating before it moves data.
 */
public class CatalogUpgradeTask1 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(CatalogEntities.asArray());
    }
}
