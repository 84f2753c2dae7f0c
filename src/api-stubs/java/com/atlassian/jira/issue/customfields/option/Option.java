package com.atlassian.jira.issue.customfields.option;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.customfields.option.Option} (jira-api); only
 * the members this plugin calls.
 */
public interface Option {

    Long getOptionId();

    String getValue();

    Boolean getDisabled();
}
