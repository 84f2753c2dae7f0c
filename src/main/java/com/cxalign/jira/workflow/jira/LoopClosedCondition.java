package com.cxalign.jira.workflow.jira;

import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.workflow.ModuleArgs;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.WorkflowException;

import java.util.Map;

/**
 * Workflow condition "Feedback loop closed" ({@link LoopCheck}): the transition is offered only once the loop is
 * closed. Issues of other types always pass, so that a shared workflow keeps working for them.
 */
public class LoopClosedCondition implements Condition {

    private final WorkflowSupport support;
    private final LoopCheck loops;

    public LoopClosedCondition(WorkflowSupport support, LoopCheck loops) {
        this.support = support;
        this.loops = loops;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        CxIssue issue = support.issueOf(transientVars);
        return loops.check(issue, ModuleArgs.of(args, LoopCheck.SETTINGS)).isEmpty();
    }
}
