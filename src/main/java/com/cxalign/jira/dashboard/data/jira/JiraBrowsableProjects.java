package com.cxalign.jira.dashboard.data.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.cxalign.jira.dashboard.data.BrowsableProjects;
import com.cxalign.jira.platform.security.Actor;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * {@link BrowsableProjects} from Jira's permissions: the projects in which the user has Browse Projects, in one call
 * of {@link PermissionManager#getProjects}. Nobody logged in, or a user Jira no longer knows, may browse none.
 */
public class JiraBrowsableProjects implements BrowsableProjects {

    private final PermissionManager permissions;
    private final UserManager users;

    public JiraBrowsableProjects(PermissionManager permissions, UserManager users) {
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    public Set<Long> of(Actor actor) {
        if (actor.isAnonymous()) {
            return Set.of();
        }
        ApplicationUser user = users.getUserByKey(actor.userKey());
        if (user == null) {
            return Set.of();
        }
        Collection<Project> projects = permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, user);
        Set<Long> ids = new HashSet<>();
        if (projects != null) {
            for (Project project : projects) {
                if (project != null && project.getId() != null) {
                    ids.add(project.getId());
                }
            }
        }
        return Set.copyOf(ids);
    }
}
