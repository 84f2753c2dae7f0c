package com.cxalign.jira.workflow.jira;

import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.workflow.ArgSpec;
import com.cxalign.jira.workflow.ModuleArgs;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.WorkflowException;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The base of CX Align's workflow validators. {@link #validate} is the same for all and final: it reads the issue
 * and the check's settings once, leaves issues of other types alone (a workflow may be shared with them), and turns
 * the rule's findings into Jira's error. A subclass holds only its rule.
 */
public abstract class CxValidator implements Validator {

    private final WorkflowSupport support;
    private final Set<CxIssueType> appliesTo;
    private final List<ArgSpec> settings;

    /**
     * @param appliesTo the CX issue types the check applies to
     * @param settings  the check's settings
     */
    protected CxValidator(WorkflowSupport support, Set<CxIssueType> appliesTo, List<ArgSpec> settings) {
        this.support = support;
        this.appliesTo = Set.copyOf(appliesTo);
        this.settings = List.copyOf(settings);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public final void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException,
            WorkflowException {
        CxIssue issue = support.issueOf(transientVars);
        if (issue.type() == null || !appliesTo.contains(issue.type())) {
            return;
        }
        List<FieldError> findings = check(issue, ModuleArgs.of(args, settings));
        if (!findings.isEmpty()) {
            throw support.invalidInput(findings);
        }
    }

    /** The rule: what is missing or wrong, field by field; empty when the transition may go on. */
    protected abstract List<FieldError> check(CxIssue issue, ModuleArgs args);

    protected WorkflowSupport support() {
        return support;
    }
}
