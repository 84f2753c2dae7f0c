package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager}
 * (jira-api); only the members this plugin calls.
 */
public interface IssueTypeSchemeManager {

    FieldConfigScheme getConfigScheme(Project project);

    Collection<IssueType> getIssueTypesForProject(Project project);

    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);

    boolean isDefaultIssueTypeScheme(FieldConfigScheme issueTypeScheme);
}
