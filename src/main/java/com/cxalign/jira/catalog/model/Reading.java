package com.cxalign.jira.catalog.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A measured value of a metric on a day, with where it came from. */
public record Reading(int id, int metricId, BigDecimal value, LocalDate measuredAt, String source, String note,
                      String recordedBy, Instant recordedAt) {
}
