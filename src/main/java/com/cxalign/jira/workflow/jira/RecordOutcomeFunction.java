package com.cxalign.jira.workflow.jira;

import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.workflow.OutcomeRecords;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowContext;
import com.opensymphony.workflow.WorkflowException;

import java.util.Map;

/**
 * Workflow post function "Record outcome": when a CX Initiative is resolved, stores what it achieved (goal, metric,
 * baseline, target, actual, expected impact, when and by whom) in {@link OutcomeRecords}. Other issues are left
 * alone. Jira passes the transitioning user's key as the workflow context's caller.
 */
public class RecordOutcomeFunction implements FunctionProvider {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RecordOutcomeFunction.class);

    /** The key under which Jira passes the {@link WorkflowContext}. */
    static final String CONTEXT = "context";

    private final WorkflowSupport support;
    private final OutcomeRecords records;

    public RecordOutcomeFunction(WorkflowSupport support, OutcomeRecords records) {
        this.support = support;
        this.records = records;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        CxIssue issue = support.issueOf(transientVars);
        if (issue.type() != CxIssueType.INITIATIVE) {
            return;
        }
        if (issue.id() == 0) {
            // Put before Jira creates the issue (on Create), it has no id to record the outcome under.
            LOG.warn("CX Align's Record outcome post function runs before the issue exists; move it after creation");
            return;
        }
        String caller = transientVars.get(CONTEXT) instanceof WorkflowContext context ? context.getCaller() : null;
        records.record(issue, support.values().initiative(issue.rawValues()), caller);
    }
}
