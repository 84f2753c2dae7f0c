package com.cxalign.jira.workflow;

import java.util.Map;

/** Jira's statuses, as the bundled workflows need them (the port; {@code workflow.jira.JiraStatusesAdapter} in Jira). */
public interface JiraStatuses {

    /** Every status of this Jira: its name to its id, in Jira's order. */
    Map<String, String> idsByName();
}
