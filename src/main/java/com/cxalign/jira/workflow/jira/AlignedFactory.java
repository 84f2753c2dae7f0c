package com.cxalign.jira.workflow.jira;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;

/** The workflow editor's side of "Aligned to goal and metric". */
public class AlignedFactory extends CxWorkflowFactory implements WorkflowPluginValidatorFactory {

    public AlignedFactory() {
        super("cx-align.workflow.aligned.title", "cx-align.workflow.aligned.help",
                AlignedValidator.SETTINGS);
    }
}
