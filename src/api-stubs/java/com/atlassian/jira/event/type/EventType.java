package com.atlassian.jira.event.type;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.event.type.EventType} (jira-api); only the event type
 * id constants this plugin and its tests use, with Jira's values (they are {@code Long} objects, not compile-time
 * constants, so the plugin reads Jira's own values at run time). The real class is a public class with public
 * constructors, not stubbed.
 */
public class EventType {

    public static final Long ISSUE_CREATED_ID = 1L;

    public static final Long ISSUE_UPDATED_ID = 2L;

    public static final Long ISSUE_RESOLVED_ID = 4L;

    public static final Long ISSUE_DELETED_ID = 8L;

    private EventType() {
        throw new UnsupportedOperationException("API stub: provided by Jira at run time");
    }
}
