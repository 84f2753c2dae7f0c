package com.atlassian.jira.issue.fields.screen;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.fields.screen.FieldScreenTab} (jira-api); only the
 * member this plugin calls. {@code addFieldScreenLayoutItem} returns {@code void}: use
 * {@code getFieldScreenLayoutItem(String)} (not stubbed) to get the item afterwards.
 */
public interface FieldScreenTab {

    /** Appends the field with this id to the end of the tab. */
    void addFieldScreenLayoutItem(String fieldId);
}
