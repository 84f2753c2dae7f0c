package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.RuleAssertions.decimal;

import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Direction;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.MetricKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Builds readings for tests and checks them against a metric of a chosen kind and unit, on a fixed today. */
final class ReadingDrafts {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private String value = "42";
    private String measuredAt = "2025-06-01";
    private String source = "Quarterly survey";
    private String note;
    private MetricKind kind = MetricKind.NPS;
    private String unit = "NPS";

    private ReadingDrafts() {
    }

    /** A valid reading of an NPS metric: 42 on 2025-06-01 from the quarterly survey. */
    static ReadingDrafts aReading() {
        return new ReadingDrafts();
    }

    /** The metric the reading is checked against. */
    ReadingDrafts of(MetricKind metricKind, String metricUnit) {
        kind = metricKind;
        unit = metricUnit;
        return this;
    }

    ReadingDrafts value(String number) {
        value = number;
        return this;
    }

    ReadingDrafts measuredAt(String day) {
        measuredAt = day;
        return this;
    }

    ReadingDrafts source(String text) {
        source = text;
        return this;
    }

    ReadingDrafts note(String text) {
        note = text;
        return this;
    }

    ReadingDraft check() {
        Metric metric = new Metric(7, "Measured metric", kind, unit, Direction.HIGHER_IS_BETTER, null, null,
                BigDecimal.ONE, LocalDate.of(2025, 1, 1), BigDecimal.TEN, LocalDate.of(2025, 12, 31), null, null,
                CatalogStatus.ACTIVE, 1);
        return ReadingRules.check(new ReadingDraft(decimal(value), measuredAt, source, note), metric, TODAY);
    }
}
