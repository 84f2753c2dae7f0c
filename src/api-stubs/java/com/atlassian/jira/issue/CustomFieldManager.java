package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.CustomFieldManager} (jira-api); only the
 * members this plugin calls.
 */
public interface CustomFieldManager {

    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
            CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts, List<IssueType> issueTypes)
            throws GenericEntityException;

    CustomFieldType getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);

    CustomField getCustomFieldObject(Long id);

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
