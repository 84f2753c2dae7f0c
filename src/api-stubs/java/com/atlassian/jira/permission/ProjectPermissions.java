package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.permission.ProjectPermissions} (jira-api; a public,
 * non-final class with a public no-argument constructor); only the constant this plugin uses, with its published key.
 */
public class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    public ProjectPermissions() {
    }
}
