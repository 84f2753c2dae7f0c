package com.cxalign.jira.workflow.jira;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;

/** The workflow editor's side of "Outcome measured". */
public class MeasuredFactory extends CxWorkflowFactory implements WorkflowPluginValidatorFactory {

    public MeasuredFactory() {
        super("cx-align.workflow.measured.title", "cx-align.workflow.measured.help",
                MeasuredValidator.SETTINGS);
    }
}
