package com.cxalign.jira.testing.workflow;

import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.Validator;

import java.util.Map;
import java.util.Set;

/**
 * Jira's own workflow classes that Jira's workflow XML names on every transition (create the issue, update its
 * status, write the change history, reindex, fire the event; the create permission), and the one that sets a field
 * (the final transitions' resolution). They exist only inside Jira: here each is a stand-in that does nothing and
 * lets the transition through, so that the plugin's checks in the same workflow run in the real engine; the
 * field-setting one also notes the field it sets (see {@link #UPDATED_FIELDS}). Only these names are stood in for;
 * any other unknown class fails to load.
 */
public final class JiraSystemModules {

    /** Jira's post-function that sets one field of the issue: args {@code field.name} and {@code field.value}. */
    public static final String UPDATE_ISSUE_FIELD =
            "com.atlassian.jira.workflow.function.issue.UpdateIssueFieldFunction";

    /**
     * The transient variable (an input of the transition) under which a test may pass a mutable
     * {@code Map<String, String>}: the {@link #UPDATE_ISSUE_FIELD} stand-in puts its {@code field.name} to its
     * {@code field.value} there, where Jira would set that field of the issue. Without it the stand-in does nothing.
     */
    public static final String UPDATED_FIELDS = "cx.test.updatedFields";

    /** The Jira classes the bundled workflows use. */
    public static final Set<String> KNOWN = Set.of(
            "com.atlassian.jira.workflow.validator.PermissionValidator",
            "com.atlassian.jira.workflow.function.issue.IssueCreateFunction",
            "com.atlassian.jira.workflow.function.issue.IssueReindexFunction",
            "com.atlassian.jira.workflow.function.event.FireIssueEventFunction",
            "com.atlassian.jira.workflow.function.issue.UpdateIssueStatusFunction",
            "com.atlassian.jira.workflow.function.misc.CreateCommentFunction",
            "com.atlassian.jira.workflow.function.issue.GenerateChangeHistoryFunction",
            UPDATE_ISSUE_FIELD);

    private JiraSystemModules() {
    }

    /** A stand-in for a known Jira class (doing nothing but noting a field it sets), or null for any other name. */
    public static Object standIn(String className) {
        if (!KNOWN.contains(className)) {
            return null;
        }
        if (className.contains(".validator.")) {
            return (Validator) (transientVars, args, ps) -> { };
        }
        if (className.contains(".condition.")) {
            return (Condition) (transientVars, args, ps) -> true;
        }
        if (className.equals(UPDATE_ISSUE_FIELD)) {
            return (FunctionProvider) (transientVars, args, ps) -> updateField(transientVars, args);
        }
        return (FunctionProvider) (transientVars, args, ps) -> { };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void updateField(Map transientVars, Map args) {
        Object fields = transientVars.get(UPDATED_FIELDS);
        if (fields instanceof Map) {
            ((Map) fields).put(args.get("field.name"), args.get("field.value"));
        }
    }
}
