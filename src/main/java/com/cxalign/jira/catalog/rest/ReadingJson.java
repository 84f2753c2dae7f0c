package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.model.Reading;

import java.math.BigDecimal;

/** A reading as the REST API shows it. */
public record ReadingJson(int id, int metricId, BigDecimal value, String measuredAt, String source, String note,
                          String recordedBy, String recordedAt) {

    static ReadingJson of(Reading reading) {
        return new ReadingJson(reading.id(), reading.metricId(), reading.value(), reading.measuredAt().toString(),
                reading.source(), reading.note(), reading.recordedBy(),
                reading.recordedAt() == null ? null : reading.recordedAt().toString());
    }
}
