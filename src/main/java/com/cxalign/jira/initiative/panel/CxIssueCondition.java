package com.cxalign.jira.initiative.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.store.JiraIds;

import java.util.Map;

/**
 * Shows the CX alignment panel only on CX Initiatives and Customer Feedback: one indexed query of the plugin's
 * own table per issue view, and none of the panel's work on any other issue.
 */
public class CxIssueCondition implements Condition {

    private final JiraIds ids;

    public CxIssueCondition(JiraIds ids) {
        this.ids = ids;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get("issue") instanceof Issue issue) || issue.getIssueType() == null) {
            return false;
        }
        return ids.withPrefix(CxIssueType.ROLE_PREFIX).containsValue(issue.getIssueType().getId());
    }
}
