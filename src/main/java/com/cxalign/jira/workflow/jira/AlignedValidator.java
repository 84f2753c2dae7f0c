package com.cxalign.jira.workflow.jira;

import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.alignment.AlignmentCatalog;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.model.InitiativeValues;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.workflow.ArgSpec;
import com.cxalign.jira.workflow.ModuleArgs;
import com.cxalign.jira.workflow.rules.AlignedRule;

import java.util.List;
import java.util.Set;

/** Workflow validator "Aligned to goal and metric" ({@link AlignedRule}), on CX Initiatives. */
public class AlignedValidator extends CxValidator {

    public static final List<ArgSpec> SETTINGS = List.of(ArgSpec.flag("requireExpectedImpact",
            "cx-align.workflow.arg.require-expected-impact", false));

    private final AlignmentCatalog catalog;

    public AlignedValidator(WorkflowSupport support, AlignmentCatalog catalog) {
        super(support, Set.of(CxIssueType.INITIATIVE), SETTINGS);
        this.catalog = catalog;
    }

    @Override
    protected List<FieldError> check(CxIssue issue, ModuleArgs args) {
        InitiativeValues values = support().values().initiative(issue.rawValues());
        return AlignedRule.check(values, catalog.factsOf(values), args.flag("requireExpectedImpact"));
    }
}
