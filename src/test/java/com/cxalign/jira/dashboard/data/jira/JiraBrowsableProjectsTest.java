package com.cxalign.jira.dashboard.data.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.cxalign.jira.platform.security.Actor;

import java.util.List;
import java.util.Set;

import org.junit.Test;

/** The projects a user may browse, from Mockito mocks of Jira's permission and user managers. */
public class JiraBrowsableProjectsTest {

    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraBrowsableProjects browsable = new JiraBrowsableProjects(permissions, users);

    @Test
    public void theProjectsWithBrowseProjectsForTheUser() {
        ApplicationUser agent = mock(ApplicationUser.class);
        when(users.getUserByKey("agent-key")).thenReturn(agent);
        List<Project> projects = List.of(project(10100L), project(10200L));
        when(permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, agent)).thenReturn(projects);

        assertEquals(Set.of(10100L, 10200L), browsable.of(Actor.user("agent-key")));
    }

    @Test
    public void nobodyLoggedInOrAnUnknownUserMayBrowseNothing() {
        assertEquals(Set.of(), browsable.of(Actor.anonymous()));
        verifyNoInteractions(permissions, users);

        assertEquals(Set.of(), browsable.of(Actor.user("gone-key")));
        verifyNoInteractions(permissions);
    }

    @Test
    public void noProjectsIsAnEmptySet() {
        ApplicationUser agent = mock(ApplicationUser.class);
        when(users.getUserByKey("agent-key")).thenReturn(agent);
        when(permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, agent)).thenReturn(List.of());

        assertEquals(Set.of(), browsable.of(Actor.user("agent-key")));
    }

    private static Project project(Long id) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        return project;
    }
}
