package com.cxalign.jira.initiative.alignment;

import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Direction;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.Scale;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.InitiativeValues;
import com.cxalign.jira.platform.errors.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a CX Initiative is aligned: an active goal, an active metric that serves that goal, a customer outcome,
 * and a baseline and target that agree with the metric's direction and its scale. Plain Java, one list of findings
 * for every caller: the issue panel shows them as hints, the REST API returns them, the workflow checks refuse a
 * transition with them. Each finding names its field ({@link CxField#jsonName()}).
 */
public final class AlignmentRules {

    private AlignmentRules() {
    }

    public static List<FieldError> check(InitiativeValues values, AlignmentFacts facts) {
        List<FieldError> findings = new ArrayList<>();
        checkGoal(values, facts, findings);
        checkMetric(values, facts, findings);
        if (values.outcome() == null) {
            findings.add(FieldError.of(CxField.OUTCOME.jsonName(), "cx-align.alignment.outcome.missing"));
        }
        checkNumbers(values, facts.metric(), findings);
        return findings;
    }

    private static void checkGoal(InitiativeValues values, AlignmentFacts facts, List<FieldError> findings) {
        String field = CxField.GOAL.jsonName();
        if (values.goalId() == null) {
            findings.add(FieldError.of(field, "cx-align.alignment.goal.missing"));
        } else if (facts.goal() == null) {
            findings.add(FieldError.of(field, "cx-align.alignment.goal.unknown"));
        } else if (facts.goal().status() != CatalogStatus.ACTIVE) {
            findings.add(FieldError.of(field, "cx-align.alignment.goal.archived", facts.goal().name()));
        }
    }

    private static void checkMetric(InitiativeValues values, AlignmentFacts facts, List<FieldError> findings) {
        String field = CxField.METRIC.jsonName();
        Metric metric = facts.metric();
        if (values.metricId() == null) {
            findings.add(FieldError.of(field, "cx-align.alignment.metric.missing"));
        } else if (metric == null) {
            findings.add(FieldError.of(field, "cx-align.alignment.metric.unknown"));
        } else if (metric.status() != CatalogStatus.ACTIVE) {
            findings.add(FieldError.of(field, "cx-align.alignment.metric.archived", metric.name()));
        } else if (facts.goal() != null && !facts.metricServesGoal()) {
            findings.add(FieldError.of(field, "cx-align.alignment.metric.not-for-goal", metric.name(),
                    facts.goal().name()));
        }
    }

    private static void checkNumbers(InitiativeValues values, Metric metric, List<FieldError> findings) {
        if (values.baseline() == null) {
            findings.add(FieldError.of(CxField.BASELINE.jsonName(), "cx-align.alignment.baseline.missing"));
        }
        if (values.target() == null) {
            findings.add(FieldError.of(CxField.TARGET.jsonName(), "cx-align.alignment.target.missing"));
        }
        if (metric == null) {
            return;
        }
        Scale scale = metric.kind().scaleFor(metric.unit()).orElse(null);
        inScale(CxField.BASELINE, values.baseline(), scale, findings);
        inScale(CxField.TARGET, values.target(), scale, findings);
        inScale(CxField.ACTUAL, values.actual(), scale, findings);
        if (values.baseline() != null && values.target() != null && !improves(metric, values)) {
            findings.add(FieldError.of(CxField.TARGET.jsonName(), directionKey(metric.direction()),
                    values.baseline().toPlainString(), metric.name()));
        }
    }

    private static boolean improves(Metric metric, InitiativeValues values) {
        return metric.direction().improves(values.baseline(), values.target(), metric.rangeLow(), metric.rangeHigh());
    }

    private static String directionKey(Direction direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> "cx-align.alignment.target.not-higher";
            case LOWER_IS_BETTER -> "cx-align.alignment.target.not-lower";
            case WITHIN_RANGE -> "cx-align.alignment.target.not-in-range";
        };
    }

    private static void inScale(CxField field, BigDecimal value, Scale scale, List<FieldError> findings) {
        if (value == null || scale == null || scale.contains(value)) {
            return;
        }
        if (scale.max() == null) {
            findings.add(FieldError.of(field.jsonName(), "cx-align.metric.value.at-least",
                    scale.min().toPlainString(), scale.unit()));
        } else {
            findings.add(FieldError.of(field.jsonName(), "cx-align.metric.value.out-of-scale",
                    scale.min().toPlainString(), scale.max().toPlainString(), scale.unit()));
        }
    }
}
