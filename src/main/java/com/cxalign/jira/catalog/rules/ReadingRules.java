package com.cxalign.jira.catalog.rules;

import com.cxalign.jira.catalog.model.Metric;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A reading must be a valid value of its metric's scale, measured on a real day that is not in the future. */
public final class ReadingRules {

    /** Older readings are almost certainly typing mistakes (a year of 0024 instead of 2024). */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private ReadingRules() {
    }

    public static ReadingDraft check(ReadingDraft draft, Metric metric, LocalDate today) {
        FieldChecks checks = new FieldChecks();
        BigDecimal value = checks.number("value", draft.value(), true);
        LocalDate measuredAt = checks.date("measuredAt", draft.measuredAt(), true);
        String source = checks.text("source", draft.source(), Limits.SOURCE, false);
        String note = checks.text("note", draft.note(), Limits.NOTE, false);
        metric.kind().scaleFor(metric.unit()).ifPresent(scale -> checks.inScale("value", value, scale));
        if (measuredAt != null && measuredAt.isAfter(today)) {
            checks.error("measuredAt", "cx-align.reading.date.future");
        } else if (measuredAt != null && measuredAt.isBefore(EARLIEST)) {
            checks.error("measuredAt", "cx-align.reading.date.too-old", EARLIEST.toString());
        }
        checks.throwIfAny();
        return new ReadingDraft(value, measuredAt.toString(), source, note);
    }
}
