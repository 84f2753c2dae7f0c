package com.atlassian.event.api;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.event.api.EventPublisher} (atlassian-event); only the
 * members this plugin calls. {@code register} scans the listener for {@link EventListener}-annotated public methods
 * taking one event argument.
 */
public interface EventPublisher {

    void register(Object listener);

    void unregister(Object listener);
}
