package com.cxalign.jira.testing.workflow;

import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.Validator;

import java.util.Set;

/**
 * Jira's own workflow classes that Jira's workflow XML names on every transition (create the issue, update its
 * status, write the change history, reindex, fire the event; the create permission). They exist only inside Jira:
 * here each is a stand-in that does nothing and lets the transition through, so that the plugin's checks in the
 * same workflow run in the real engine. Only these names are stood in for; any other unknown class fails to load.
 */
public final class JiraSystemModules {

    /** The Jira classes the bundled workflows use. */
    public static final Set<String> KNOWN = Set.of(
            "com.atlassian.jira.workflow.validator.PermissionValidator",
            "com.atlassian.jira.workflow.function.issue.IssueCreateFunction",
            "com.atlassian.jira.workflow.function.issue.IssueReindexFunction",
            "com.atlassian.jira.workflow.function.event.FireIssueEventFunction",
            "com.atlassian.jira.workflow.function.issue.UpdateIssueStatusFunction",
            "com.atlassian.jira.workflow.function.misc.CreateCommentFunction",
            "com.atlassian.jira.workflow.function.issue.GenerateChangeHistoryFunction");

    private JiraSystemModules() {
    }

    /** A do-nothing stand-in for a known Jira class, or null for any other name. */
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
        return (FunctionProvider) (transientVars, args, ps) -> { };
    }
}
