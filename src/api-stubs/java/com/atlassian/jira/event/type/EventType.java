package com.atlassian.jira.event.type;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.event.type.EventType} (jira-api); only the event type
 * id constants this plugin uses, with Jira's values (they are {@code Long} objects, not compile-time constants, so
 * the plugin reads Jira's own values at run time). The real class is a public class with public constructors, not
 * stubbed.
 */
public class EventType {

    public static final Long ISSUE_CREATED_ID = 1L;

    public static final Long ISSUE_UPDATED_ID = 2L;

    public static final Long ISSUE_ASSIGNED_ID = 3L;

    public static final Long ISSUE_RESOLVED_ID = 4L;

    public static final Long ISSUE_CLOSED_ID = 5L;

    public static final Long ISSUE_REOPENED_ID = 7L;

    public static final Long ISSUE_DELETED_ID = 8L;

    public static final Long ISSUE_MOVED_ID = 9L;

    public static final Long ISSUE_GENERICEVENT_ID = 13L;

    private EventType() {
        throw new UnsupportedOperationException("API stub: provided by Jira at run time");
    }
}
