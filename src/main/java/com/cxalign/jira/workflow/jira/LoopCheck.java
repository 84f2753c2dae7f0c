package com.cxalign.jira.workflow.jira;

import com.cxalign.jira.feedback.LoopState;
import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.CxIssues;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.values.CxFieldValues;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.workflow.ArgSpec;
import com.cxalign.jira.workflow.ModuleArgs;
import com.cxalign.jira.workflow.rules.LoopRule;
import com.cxalign.jira.workflow.rules.LoopRule.LinkedLoop;

import java.util.ArrayList;
import java.util.List;

/**
 * "Feedback loop closed", shared by the validator and the condition of that name: a Customer Feedback issue must
 * record how and when the customer was told; an initiative, when the setting asks for it, may move on only once
 * every feedback it addresses is closed (all of them: a check may not let an open loop through unseen).
 */
public class LoopCheck {

    public static final List<ArgSpec> SETTINGS = List.of(ArgSpec.flag("requireLinkedLoopsClosed",
            "cx-align.workflow.arg.require-linked-loops-closed", false));

    private final CxIssues issues;
    private final WorkflowSupport support;

    public LoopCheck(CxIssues issues, WorkflowSupport support) {
        this.issues = issues;
        this.support = support;
    }

    public List<FieldError> check(CxIssue issue, ModuleArgs args) {
        CxFieldValues values = support.values();
        if (issue.type() == CxIssueType.FEEDBACK) {
            return LoopRule.checkFeedback(values.feedback(issue.rawValues()));
        }
        if (issue.type() != CxIssueType.INITIATIVE || !args.flag("requireLinkedLoopsClosed")) {
            return List.of();
        }
        List<LinkedLoop> loops = new ArrayList<>();
        for (long id : issues.addressedFeedback(issue.id())) {
            issues.find(id).filter(other -> other.type() == CxIssueType.FEEDBACK).ifPresent(feedback -> loops.add(
                    new LinkedLoop(feedback.key(), LoopState.of(values.feedback(feedback.rawValues()), true))));
        }
        return LoopRule.checkLinkedLoops(loops);
    }
}
