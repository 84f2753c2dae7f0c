package com.atlassian.jira.issue.status.category;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.status.category.StatusCategory} (jira-api); only
 * the member this plugin calls. Keys of Jira's categories: {@code "new"} (To Do), {@code "indeterminate"}
 * (In Progress), {@code "done"} (Done), and {@code "undefined"} (No Category); the real interface's String constants
 * for them ({@code TO_DO}, {@code IN_PROGRESS}, {@code COMPLETE}, {@code UNDEFINED}) are not stubbed.
 */
public interface StatusCategory {

    String getKey();
}
