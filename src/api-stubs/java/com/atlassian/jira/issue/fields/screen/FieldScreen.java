package com.atlassian.jira.issue.fields.screen;

import java.util.List;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.fields.screen.FieldScreen} (jira-api); only the
 * members this plugin calls.
 */
public interface FieldScreen {

    Long getId();

    String getName();

    List<FieldScreenTab> getTabs();

    boolean containsField(String fieldId);
}
