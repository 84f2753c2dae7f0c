package com.cxalign.jira.workflow.jira;

import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;

import java.util.List;

/** The workflow editor's side of "Record outcome (post function)". */
public class RecordOutcomeFactory extends CxWorkflowFactory implements WorkflowPluginFunctionFactory {

    public RecordOutcomeFactory() {
        super("cx-align.workflow.record-outcome.title", "cx-align.workflow.record-outcome.help",
                List.of());
    }
}
