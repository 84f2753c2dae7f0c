package com.atlassian.jira.issue.customfields.option;

import java.util.List;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.customfields.option.Options} (jira-api); only
 * the members this plugin calls.
 */
public interface Options extends List<Option> {
}
