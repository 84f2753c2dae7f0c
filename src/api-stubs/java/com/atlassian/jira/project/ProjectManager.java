package com.atlassian.jira.project;

import java.util.List;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.project.ProjectManager} (jira-api); only the members
 * this plugin calls.
 */
public interface ProjectManager {

    /** @return the project with this key, or {@code null} */
    Project getProjectObjByKey(String projectKey);

    List<Project> getProjectObjects();
}
