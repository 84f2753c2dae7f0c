package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.fields.CustomField} (jira-api); only the
 * members this plugin calls. The real interface extends several field interfaces
 * ({@code Field}, {@code NavigableField}, ...); the plugin calls none of their members, so the stub lists none.
 */
public interface CustomField {

    Long getIdAsLong();

    List<FieldConfigScheme> getConfigurationSchemes();

    Object getValue(Issue issue);

    /** @return the field's description as the admin sees it (may be null or empty) */
    String getDescription();

    /** @return the field's type, or {@code null} when its plugin is not enabled */
    CustomFieldType getCustomFieldType();
}
