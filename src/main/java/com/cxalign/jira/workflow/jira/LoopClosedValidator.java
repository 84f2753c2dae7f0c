package com.cxalign.jira.workflow.jira;

import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.workflow.ArgSpec;
import com.cxalign.jira.workflow.ModuleArgs;

import java.util.List;
import java.util.Set;

/** Workflow validator "Feedback loop closed" ({@link LoopCheck}), on Customer Feedback and CX Initiatives. */
public class LoopClosedValidator extends CxValidator {

    private final LoopCheck loops;

    public LoopClosedValidator(WorkflowSupport support, LoopCheck loops) {
        super(support, Set.of(CxIssueType.FEEDBACK, CxIssueType.INITIATIVE), LoopCheck.SETTINGS);
        this.loops = loops;
    }

    @Override
    protected List<FieldError> check(CxIssue issue, ModuleArgs args) {
        return loops.check(issue, args);
    }
}
