package com.atlassian.jira.issue.fields.config;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.fields.config.FieldConfig} (jira-api); only the
 * members this plugin calls.
 */
public interface FieldConfig {

    Long getId();
}
