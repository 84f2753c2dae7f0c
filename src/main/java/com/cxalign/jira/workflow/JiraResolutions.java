package com.cxalign.jira.workflow;

import java.util.Map;

/**
 * Jira's resolutions, as the bundled workflows need them (the port; {@code workflow.jira.JiraResolutionsAdapter} in
 * Jira).
 */
public interface JiraResolutions {

    /** Every resolution of this Jira: its name to its id, in Jira's order. */
    Map<String, String> idsByName();
}
