package com.cxalign.jira.initiative.jira;

import com.atlassian.jira.issue.Issue;
import com.cxalign.jira.initiative.CxIssue;

/** Reads a Jira issue at hand (the one a workflow transition is moving) as the plugin sees issues. */
public interface JiraIssueReader {

    CxIssue read(Issue issue);
}
