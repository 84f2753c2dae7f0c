package com.atlassian.jira.plugin.workflow;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory}
 * (jira-api): the marker interface for the factory of a workflow validator module; it declares no members of its own.
 * The real interface carries {@code @PublicSpi} (atlassian-annotations), left out here (no runtime effect).
 */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
