package com.atlassian.jira.project;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.project.Project} (jira-api); only the members this
 * plugin calls.
 */
public interface Project {

    Long getId();

    String getKey();

    String getName();
}
