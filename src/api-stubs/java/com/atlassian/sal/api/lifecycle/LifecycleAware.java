package com.atlassian.sal.api.lifecycle;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.sal.api.lifecycle.LifecycleAware} (sal-api); only the
 * members this plugin calls.
 */
public interface LifecycleAware {

    /** Called once the host application has started and the plugin is enabled (on every node). */
    void onStart();

    /** Called when the plugin is disabled or the host application shuts down. */
    void onStop();
}
