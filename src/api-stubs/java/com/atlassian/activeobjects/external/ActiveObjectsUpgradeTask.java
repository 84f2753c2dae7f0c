package com.atlassian.activeobjects.external;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask}
 * (activeobjects-plugin). FULL interface. Declared in {@code <ao><upgradeTask>}; call {@code ao.migrate(..)} first.
 */
public interface ActiveObjectsUpgradeTask {

    /** @return the model version this task upgrades to */
    ModelVersion getModelVersion();

    /**
     * @param currentVersion the version currently stored for the plugin's AO namespace
     * @param ao an ActiveObjects bound to the upgrade (its moduleMetaData().awaitInitialization() throws)
     */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
