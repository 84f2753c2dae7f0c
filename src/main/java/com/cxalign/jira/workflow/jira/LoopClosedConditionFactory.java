package com.cxalign.jira.workflow.jira;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;

/** The workflow editor's side of "Feedback loop closed (condition)". */
public class LoopClosedConditionFactory extends CxWorkflowFactory implements WorkflowPluginConditionFactory {

    public LoopClosedConditionFactory() {
        super("cx-align.workflow.loop-closed-condition.title", "cx-align.workflow.loop-closed-condition.help",
                LoopCheck.SETTINGS);
    }
}
