package com.atlassian.jira.issue.fields.config;

import com.atlassian.jira.project.Project;
import java.util.List;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.fields.config.FieldConfigScheme} (jira-api);
 * only the members this plugin calls.
 */
public interface FieldConfigScheme {

    Long getId();

    String getName();

    /** @return the single config of the scheme (the plugin's schemes have one) */
    FieldConfig getOneAndOnlyConfig();

    List<Project> getAssociatedProjectObjects();
}
