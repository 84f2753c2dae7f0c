package com.cxalign.jira.workflow.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 3: the outcome records of resolved initiatives ({@link OutcomeRecordEntity}). Adds the table and
 * leaves every other table and its data as they are, so the task may run again harmlessly.
 */
public class WorkflowUpgradeTask3 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(OutcomeRecordEntity.class);
    }
}
