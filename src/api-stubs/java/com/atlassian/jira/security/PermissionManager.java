package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.security.PermissionManager} (jira-api); only the
 * members this plugin calls.
 */
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    /** @return the projects in which the user (null: anonymous) has the permission */
    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
