package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.plugin.workflow.WorkflowPluginFactory} (jira-api);
 * FULL (both methods; plugin factories implement it). {@link AbstractDescriptor} comes from the real OSWorkflow
 * 2.7.0 jar.
 */
public interface WorkflowPluginFactory {

    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
