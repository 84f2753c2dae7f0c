package com.cxalign.jira.workflow.jira;

import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.values.RawValues;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.workflow.ArgSpec;
import com.cxalign.jira.workflow.ModuleArgs;
import com.cxalign.jira.workflow.rules.OutcomeRule;
import com.cxalign.jira.workflow.rules.OutcomeRuleConfig;

import java.util.List;
import java.util.Set;

/** Workflow validator "Customer outcome stated" ({@link OutcomeRule}), on CX Initiatives. */
public class OutcomeStatedValidator extends CxValidator {

    public static final List<ArgSpec> SETTINGS = List.of(
            ArgSpec.number("minWords", "cx-align.workflow.arg.min-words", OutcomeRuleConfig.DEFAULT_MIN_WORDS, 1,
                    OutcomeRuleConfig.MAX_MIN_WORDS),
            ArgSpec.list("refusedPhrases", "cx-align.workflow.arg.refused-phrases",
                    OutcomeRuleConfig.DEFAULT_REFUSED_PHRASES),
            ArgSpec.flag("requireCustomer", "cx-align.workflow.arg.require-customer", false),
            ArgSpec.list("customerWords", "cx-align.workflow.arg.customer-words",
                    OutcomeRuleConfig.DEFAULT_CUSTOMER_WORDS));

    public OutcomeStatedValidator(WorkflowSupport support) {
        super(support, Set.of(CxIssueType.INITIATIVE), SETTINGS);
    }

    @Override
    protected List<FieldError> check(CxIssue issue, ModuleArgs args) {
        List<String> customerWords = args.list("customerWords");
        // An emptied list would refuse every outcome with nothing to suggest: it means "the usual words".
        OutcomeRuleConfig config = new OutcomeRuleConfig(args.number("minWords"), args.list("refusedPhrases"),
                args.flag("requireCustomer"),
                customerWords.isEmpty() ? OutcomeRuleConfig.DEFAULT_CUSTOMER_WORDS : customerWords);
        return OutcomeRule.check(RawValues.text(issue.rawValues().get(CxField.OUTCOME)), issue.summary(), config);
    }
}
