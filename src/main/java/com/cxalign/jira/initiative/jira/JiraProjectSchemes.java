package com.cxalign.jira.initiative.jira;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.operation.IssueOperations;
import com.atlassian.jira.issue.operation.ScreenableIssueOperation;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.cxalign.jira.initiative.setup.ProjectSchemes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link ProjectSchemes} over Jira's project, issue type scheme and screen scheme managers. */
public class JiraProjectSchemes implements ProjectSchemes {

    private static final List<ScreenableIssueOperation> OPERATIONS = List.of(IssueOperations.CREATE_ISSUE_OPERATION,
            IssueOperations.EDIT_ISSUE_OPERATION, IssueOperations.VIEW_ISSUE_OPERATION);

    private final ProjectManager projects;
    private final IssueTypeManager issueTypes;
    private final IssueTypeSchemeManager issueTypeSchemes;
    private final IssueTypeScreenSchemeManager screenSchemes;
    private final FieldScreenManager screens;

    public JiraProjectSchemes(ProjectManager projects, IssueTypeManager issueTypes,
                              IssueTypeSchemeManager issueTypeSchemes, IssueTypeScreenSchemeManager screenSchemes,
                              FieldScreenManager screens) {
        this.screens = screens;
        this.projects = projects;
        this.issueTypes = issueTypes;
        this.issueTypeSchemes = issueTypeSchemes;
        this.screenSchemes = screenSchemes;
    }

    @Override
    public List<ProjectRef> projects() {
        return projects.getProjectObjects().stream().map(JiraProjectSchemes::ref).toList();
    }

    @Override
    public Optional<ProjectRef> project(String projectKey) {
        return Optional.ofNullable(projects.getProjectObjByKey(projectKey)).map(JiraProjectSchemes::ref);
    }

    @Override
    public IssueTypeSchemeRef issueTypeScheme(String projectKey) {
        Project project = requireProject(projectKey);
        FieldConfigScheme scheme = issueTypeSchemes.getConfigScheme(project);
        List<String> ids = issueTypeSchemes.getIssueTypesForProject(project).stream().map(IssueType::getId).toList();
        return new IssueTypeSchemeRef(scheme.getName(), issueTypeSchemes.isDefaultIssueTypeScheme(scheme), ids);
    }

    @Override
    public void addIssueTypes(String projectKey, List<String> issueTypeIds) {
        Project project = requireProject(projectKey);
        FieldConfigScheme scheme = issueTypeSchemes.getConfigScheme(project);
        Set<String> ids = new LinkedHashSet<>();
        issueTypeSchemes.getIssueTypesForProject(project).forEach(type -> ids.add(type.getId()));
        ids.addAll(issueTypeIds);
        issueTypeSchemes.update(scheme, new ArrayList<>(ids));
    }

    @Override
    public List<ScreenRef> screens(String projectKey, String issueTypeId) {
        IssueTypeScreenScheme scheme = screenSchemes.getIssueTypeScreenScheme(requireProject(projectKey));
        FieldScreenScheme screenScheme = scheme.getEffectiveFieldScreenScheme(issueTypes.getIssueType(issueTypeId));
        Map<Long, ScreenRef> distinct = new LinkedHashMap<>();
        for (ScreenableIssueOperation operation : OPERATIONS) {
            FieldScreen screen = screenScheme.getFieldScreen(operation);
            if (screen != null) {
                distinct.putIfAbsent(screen.getId(), new ScreenRef(screen.getId(), screen.getName()));
            }
        }
        return List.copyOf(distinct.values());
    }

    @Override
    public boolean screenHasField(long screenId, long customFieldId) {
        return screen(screenId).containsField(fieldId(customFieldId));
    }

    @Override
    public void addFieldToScreen(long screenId, long customFieldId) {
        FieldScreen screen = screen(screenId);
        if (screen.getTabs().isEmpty()) {
            throw new IllegalStateException("The screen " + screen.getName() + " has no tab to add fields to");
        }
        screen.getTabs().get(0).addFieldScreenLayoutItem(fieldId(customFieldId));
    }

    private FieldScreen screen(long screenId) {
        FieldScreen screen = screens.getFieldScreen(screenId);
        if (screen == null) {
            throw new IllegalStateException("There is no screen " + screenId);
        }
        return screen;
    }

    private Project requireProject(String projectKey) {
        Project project = projects.getProjectObjByKey(projectKey);
        if (project == null) {
            throw new IllegalArgumentException("There is no project " + projectKey);
        }
        return project;
    }

    private static String fieldId(long customFieldId) {
        return "customfield_" + customFieldId;
    }

    private static ProjectRef ref(Project project) {
        return new ProjectRef(project.getId(), project.getKey(), project.getName());
    }
}
