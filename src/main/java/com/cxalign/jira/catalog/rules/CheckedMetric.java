package com.cxalign.jira.catalog.rules;

import com.cxalign.jira.catalog.model.Direction;
import com.cxalign.jira.catalog.model.JourneyStage;
import com.cxalign.jira.catalog.model.MetricKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A metric's fields after {@link MetricRules#check}: typed, complete and consistent. */
public record CheckedMetric(String name, MetricKind kind, String unit, Direction direction, BigDecimal rangeLow,
                            BigDecimal rangeHigh, BigDecimal baseline, LocalDate baselineDate, BigDecimal target,
                            LocalDate targetDate, JourneyStage journeyStage, String ownerKey) {
}
