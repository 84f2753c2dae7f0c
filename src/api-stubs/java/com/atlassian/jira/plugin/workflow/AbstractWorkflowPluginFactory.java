package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory}
 * (jira-api); only the members this plugin calls or implements. In Jira {@link #getVelocityParams} is concrete: it
 * creates a {@code HashMap} and dispatches on the resource name ("view", "input-parameters", "edit-parameters") to
 * the three abstract methods. It narrows the interface's {@code Map<String, ?>} return type to
 * {@code Map<String, Object>} (same erasure). {@code getDescriptorParams} stays abstract (inherited). Helpers such
 * as {@code extractSingleParam} are not stubbed. The real class declares no constructor (implicit public no-arg).
 */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {

    public AbstractWorkflowPluginFactory() {
    }

    @Override
    public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        throw new UnsupportedOperationException("API stub: provided by Jira at run time");
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams,
            AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams,
            AbstractDescriptor descriptor);
}
