package com.cxalign.jira.workflow.jira;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;

/** The workflow editor's side of "Feedback loop closed (validator)". */
public class LoopClosedValidatorFactory extends CxWorkflowFactory implements WorkflowPluginValidatorFactory {

    public LoopClosedValidatorFactory() {
        super("cx-align.workflow.loop-closed-validator.title", "cx-align.workflow.loop-closed-validator.help",
                LoopCheck.SETTINGS);
    }
}
