package com.cxalign.jira.dashboard.bench;

import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * CX issues as Jira hands them to the read model (see {@code JiraReadModelSource}): select fields as their options,
 * numbers as doubles, the date picker as midnight of the day in Jira's time zone.
 */
final class BenchIssues {

    private static final String OUTCOME = "New self-serve customers finish setup in one sitting and see their"
            + " first report within a week, without having to ask support for help.";

    private final BenchCatalog catalog;
    private final ZoneId zone;

    BenchIssues(BenchCatalog catalog, ZoneId zone) {
        this.catalog = catalog;
        this.zone = zone;
    }

    /** @param goal goal index or -1; {@code metric} index into the goal's metrics or -1; numbers -1 for none */
    CxIssue initiative(long id, String key, long projectId, Instant created, int goal, int metric,
                       boolean outcome, int baseline, int target, int actual, int impactThousands) {
        Map<CxField, Object> values = new EnumMap<>(CxField.class);
        if (goal >= 0) {
            values.put(CxField.GOAL, catalog.goalOptions[goal]);
            if (metric >= 0) {
                values.put(CxField.METRIC, catalog.metricOptions[goal][metric]);
            }
        }
        if (outcome) {
            values.put(CxField.OUTCOME, OUTCOME);
        }
        number(values, CxField.BASELINE, baseline);
        number(values, CxField.TARGET, target);
        number(values, CxField.ACTUAL, actual);
        number(values, CxField.EXPECTED_IMPACT, impactThousands < 0 ? -1 : impactThousands * 1000.0);
        values.put(CxField.JOURNEY_STAGE, catalog.onboarding);
        return new CxIssue(id, key, "Guided setup checklist for new self-serve accounts", projectId, created,
                CxIssueType.INITIATIVE, values);
    }

    /** @param channel channel ordinal or -1; {@code sentiment} ordinal or -1; {@code told} null while open */
    CxIssue feedback(long id, String key, long projectId, Instant created, int channel, int sentiment,
                     LocalDate told) {
        Map<CxField, Object> values = new EnumMap<>(CxField.class);
        if (channel >= 0) {
            values.put(CxField.CHANNEL, catalog.channelOptions[channel]);
        }
        if (sentiment >= 0) {
            values.put(CxField.SENTIMENT, catalog.sentimentOptions[sentiment]);
        }
        values.put(CxField.CUSTOMER, "Acme Retail");
        if (told != null) {
            values.put(CxField.LOOP_CLOSED_ON, Timestamp.from(told.atStartOfDay(zone).toInstant()));
            values.put(CxField.HOW_WE_TOLD, "Email from the onboarding lead with the new guide");
        }
        return new CxIssue(id, key, "Customers cannot find the invoice download", projectId, created,
                CxIssueType.FEEDBACK, values);
    }

    private static void number(Map<CxField, Object> values, CxField field, double value) {
        if (value >= 0) {
            values.put(field, value);
        }
    }
}
