package com.atlassian.jira.issue.link;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.link.IssueLinkType} (jira-api); only the
 * members this plugin calls.
 */
public interface IssueLinkType {

    Long getId();

    String getName();

    String getOutward();

    String getInward();
}
