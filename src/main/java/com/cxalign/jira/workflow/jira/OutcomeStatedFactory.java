package com.cxalign.jira.workflow.jira;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;

/** The workflow editor's side of "Customer outcome stated". */
public class OutcomeStatedFactory extends CxWorkflowFactory implements WorkflowPluginValidatorFactory {

    public OutcomeStatedFactory() {
        super("cx-align.workflow.outcome-stated.title", "cx-align.workflow.outcome-stated.help",
                OutcomeStatedValidator.SETTINGS);
    }
}
