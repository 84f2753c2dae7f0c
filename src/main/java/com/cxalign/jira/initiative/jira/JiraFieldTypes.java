package com.cxalign.jira.initiative.jira;

import com.cxalign.jira.initiative.model.FieldKind;

/**
 * The keys of Jira's own custom field types and searchers that the CX fields are made of. Built-in types keep
 * working when the plugin is disabled or removed, and their searchers give JQL, issue navigator columns and Jira's
 * chart gadgets for free, without any code of the plugin in Jira's search index.
 */
final class JiraFieldTypes {

    private static final String PREFIX = "com.atlassian.jira.plugin.system.customfieldtypes:";

    private JiraFieldTypes() {
    }

    static String typeKey(FieldKind kind) {
        return PREFIX + switch (kind) {
            case SELECT -> "select";
            case TEXT -> "textfield";
            case TEXTAREA -> "textarea";
            case NUMBER -> "float";
            case DATE -> "datepicker";
        };
    }

    static String searcherKey(FieldKind kind) {
        return PREFIX + switch (kind) {
            case SELECT -> "multiselectsearcher";
            case TEXT, TEXTAREA -> "textsearcher";
            case NUMBER -> "exactnumber";
            case DATE -> "daterange";
        };
    }
}
