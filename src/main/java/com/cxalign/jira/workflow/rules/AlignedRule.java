package com.cxalign.jira.workflow.rules;

import com.cxalign.jira.initiative.alignment.AlignmentFacts;
import com.cxalign.jira.initiative.alignment.AlignmentRules;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.InitiativeValues;
import com.cxalign.jira.platform.errors.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * "Aligned to goal and metric": an active goal, an active metric that serves it, a baseline and a target that agree
 * with the metric's direction and scale ({@link AlignmentRules}, without the outcome, which has a check of its own),
 * and, where configured, an Expected Impact.
 */
public final class AlignedRule {

    private AlignedRule() {
    }

    public static List<FieldError> check(InitiativeValues values, AlignmentFacts facts, boolean requireExpectedImpact) {
        List<FieldError> findings = new ArrayList<>(AlignmentRules.check(values, facts));
        findings.removeIf(finding -> finding.field().equals(CxField.OUTCOME.jsonName()));
        if (requireExpectedImpact && values.expectedImpact() == null) {
            findings.add(FieldError.of(CxField.EXPECTED_IMPACT.jsonName(), "cx-align.workflow.expected-impact.missing"));
        }
        return findings;
    }
}
