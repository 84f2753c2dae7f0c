package com.cxalign.jira.initiative.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.operation.IssueOperations;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.cxalign.jira.initiative.setup.ProjectSchemes.IssueTypeSchemeRef;
import com.cxalign.jira.initiative.setup.ProjectSchemes.ProjectRef;
import com.cxalign.jira.initiative.setup.ProjectSchemes.ScreenRef;

import java.util.List;

import org.junit.Before;
import org.junit.Test;

/** The project-setup port over Jira's project, scheme and screen managers (Mockito). */
public class JiraProjectSchemesTest {

    private final ProjectManager projects = mock(ProjectManager.class);
    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final IssueTypeSchemeManager schemes = mock(IssueTypeSchemeManager.class);
    private final IssueTypeScreenSchemeManager screenSchemes = mock(IssueTypeScreenSchemeManager.class);
    private final FieldScreenManager screens = mock(FieldScreenManager.class);
    private final JiraProjectSchemes adapter = new JiraProjectSchemes(projects, issueTypes, schemes, screenSchemes,
            screens);
    private final Project project = mock(Project.class);
    private final FieldConfigScheme scheme = mock(FieldConfigScheme.class);
    private final IssueType task = issueType("3");
    private final IssueType initiative = issueType("10500");

    @Before
    public void aProjectWithAScheme() {
        when(project.getId()).thenReturn(10100L);
        when(project.getKey()).thenReturn("CX");
        when(project.getName()).thenReturn("Customer Experience");
        when(projects.getProjectObjByKey("CX")).thenReturn(project);
        when(projects.getProjectObjects()).thenReturn(List.of(project));
        when(schemes.getConfigScheme(project)).thenReturn(scheme);
        when(scheme.getName()).thenReturn("CX scheme");
        when(schemes.getIssueTypesForProject(project)).thenReturn(List.of(task));
        when(issueTypes.getIssueType("10500")).thenReturn(initiative);
    }

    @Test
    public void projectsAndTheirIssueTypeSchemeAreReadFromJira() {
        assertEquals(List.of(new ProjectRef(10100, "CX", "Customer Experience")), adapter.projects());
        assertTrue(adapter.project("NOPE").isEmpty());
        assertEquals(new IssueTypeSchemeRef("CX scheme", false, List.of("3")), adapter.issueTypeScheme("CX"));
    }

    @Test
    public void issueTypesAreAddedToTheSchemeKeepingThoseItHas() {
        adapter.addIssueTypes("CX", List.of("10500", "3"));

        verify(schemes).update(scheme, List.of("3", "10500"));
    }

    @Test
    public void theCreateEditAndViewScreensAreListedOnceEachAndFieldsGoOnTheirFirstTab() {
        IssueTypeScreenScheme screenScheme = mock(IssueTypeScreenScheme.class);
        FieldScreenScheme fieldScreenScheme = mock(FieldScreenScheme.class);
        FieldScreen shared = screen(1L, "CX: create and edit");
        FieldScreen view = screen(2L, "CX: view");
        FieldScreenTab first = mock(FieldScreenTab.class);
        when(shared.getTabs()).thenReturn(List.of(first, mock(FieldScreenTab.class)));
        when(shared.containsField("customfield_10010")).thenReturn(true);
        when(screenSchemes.getIssueTypeScreenScheme(project)).thenReturn(screenScheme);
        when(screenScheme.getEffectiveFieldScreenScheme(initiative)).thenReturn(fieldScreenScheme);
        when(fieldScreenScheme.getFieldScreen(IssueOperations.CREATE_ISSUE_OPERATION)).thenReturn(shared);
        when(fieldScreenScheme.getFieldScreen(IssueOperations.EDIT_ISSUE_OPERATION)).thenReturn(shared);
        when(fieldScreenScheme.getFieldScreen(IssueOperations.VIEW_ISSUE_OPERATION)).thenReturn(view);
        when(screens.getFieldScreen(1L)).thenReturn(shared);

        assertEquals(List.of(new ScreenRef(1, "CX: create and edit"), new ScreenRef(2, "CX: view")),
                adapter.screens("CX", "10500"));
        assertTrue(adapter.screenHasField(1L, 10010L));
        adapter.addFieldToScreen(1L, 10011L);
        verify(first).addFieldScreenLayoutItem("customfield_10011");
    }

    @Test
    public void aScreenWithoutTabsOrAnUnknownScreenIsAClearError() {
        FieldScreen empty = screen(3L, "Empty screen");
        when(empty.getTabs()).thenReturn(List.of());
        when(screens.getFieldScreen(3L)).thenReturn(empty);

        assertTrue(assertThrows(IllegalStateException.class, () -> adapter.addFieldToScreen(3L, 10010L))
                .getMessage().contains("Empty screen"));
        assertThrows(IllegalStateException.class, () -> adapter.screenHasField(4L, 10010L));
    }

    private static IssueType issueType(String id) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        return type;
    }

    private static FieldScreen screen(long id, String name) {
        FieldScreen screen = mock(FieldScreen.class);
        when(screen.getId()).thenReturn(id);
        when(screen.getName()).thenReturn(name);
        return screen;
    }
}
