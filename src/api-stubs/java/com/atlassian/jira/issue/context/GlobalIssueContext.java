package com.atlassian.jira.issue.context;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.context.GlobalIssueContext} (jira-api); only the
 * member this plugin calls. The real class extends {@code AbstractJiraContext} (which implements
 * {@link JiraContextNode}) and has a private constructor; {@link #getInstance()} returns the declared type
 * {@code JiraContextNode}, not {@code GlobalIssueContext}.
 */
public class GlobalIssueContext implements JiraContextNode {

    private GlobalIssueContext() {
    }

    /** @return the singleton global context, typed as {@link JiraContextNode} */
    public static JiraContextNode getInstance() {
        throw new UnsupportedOperationException("API stub: provided by Jira at run time");
    }
}
