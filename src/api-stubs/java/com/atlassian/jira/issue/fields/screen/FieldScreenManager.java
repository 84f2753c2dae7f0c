package com.atlassian.jira.issue.fields.screen;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.fields.screen.FieldScreenManager} (jira-api);
 * only the members this plugin calls.
 */
public interface FieldScreenManager {

    /** @return the screen with this id, or {@code null} */
    FieldScreen getFieldScreen(Long id);
}
