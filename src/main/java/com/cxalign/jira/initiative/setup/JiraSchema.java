package com.cxalign.jira.initiative.setup;

import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;

import java.util.List;
import java.util.Optional;

/**
 * The port to the parts of Jira's configuration the plugin adds to: issue types, an issue link type, custom fields
 * and their options. Only ever adds and changes, never deletes: disabling or removing the plugin leaves every
 * issue type, field, option and value in place. The Jira adapter implements it over Jira's managers.
 */
public interface JiraSchema {

    boolean issueTypeExists(String issueTypeId);

    /** An issue type with this name, compared ignoring case. */
    Optional<String> issueTypeNamed(String name);

    /** @return the new issue type's id */
    String createIssueType(CxIssueType type);

    boolean linkTypeExists(long linkTypeId);

    Optional<Long> linkTypeNamed(String name);

    /** @return the new link type's id */
    long createLinkType(String name, String outward, String inward);

    boolean fieldExists(long fieldId);

    /**
     * A custom field the plugin made earlier (an install whose tables were lost, a restored backup): of the CX field's
     * name, Jira field type and description. A field that merely shares the name (a "Customer" or "Target" of another
     * team) is not taken over.
     */
    Optional<Long> earlierField(CxField field);

    /** Creates the field with a context limited to the given issue types. @return the new field's id */
    long createField(CxField field, List<String> issueTypeIds);

    /** The options of a select field, in order, disabled ones included. */
    List<FieldOption> options(long fieldId);

    /** @return the new option's id */
    long addOption(long fieldId, String value);

    void renameOption(long optionId, String value);

    void setOptionDisabled(long optionId, boolean disabled);

    /** A select field's option as the plugin sees it. */
    record FieldOption(long id, String value, boolean disabled) {
    }
}
