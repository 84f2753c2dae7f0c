package com.cxalign.jira.workflow.rules;

import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.InitiativeValues;
import com.cxalign.jira.platform.errors.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "Outcome measured": an Actual is recorded and, where configured, the metric has a reading dated after the day the
 * initiative started, so that the result rests on a measurement rather than a guess.
 */
public final class MeasuredRule {

    private MeasuredRule() {
    }

    /**
     * @param metric          the initiative's metric, null if it has none (or it no longer exists)
     * @param startedOn       the day the initiative started (its creation day in Jira's time zone); null for an issue
     *                        being created, for which any reading counts
     * @param latestReadingOn the day of the metric's latest reading, null when it has none
     */
    public static List<FieldError> check(InitiativeValues values, Metric metric, LocalDate startedOn,
                                         LocalDate latestReadingOn, boolean requireReadingAfterStart) {
        List<FieldError> findings = new ArrayList<>();
        if (values.actual() == null) {
            findings.add(FieldError.of(CxField.ACTUAL.jsonName(), "cx-align.workflow.actual.missing"));
        }
        if (requireReadingAfterStart) {
            if (metric == null) {
                findings.add(FieldError.of(CxField.METRIC.jsonName(), "cx-align.alignment.metric.missing"));
            } else if (latestReadingOn == null || startedOn != null && !latestReadingOn.isAfter(startedOn)) {
                findings.add(FieldError.of(CxField.METRIC.jsonName(), "cx-align.workflow.reading.none-since",
                        metric.name(), startedOn));
            }
        }
        return findings;
    }
}
