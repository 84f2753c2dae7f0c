package com.atlassian.jira.issue.customfields;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.customfields.CustomFieldType} (jira-api); only
 * the members this plugin calls. {@code T} is the transport (value) type, {@code S} the single-object type.
 */
public interface CustomFieldType<T, S> {

    /** @return the complete module key of the type, e.g. {@code com.atlassian.jira.plugin.system.customfieldtypes:select} */
    String getKey();
}
