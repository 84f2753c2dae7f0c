package com.cxalign.jira.catalog.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measure of progress toward goals: where it started (baseline), where it should get to (target) and by when.
 * {@code rangeLow}/{@code rangeHigh} are set only for {@link Direction#WITHIN_RANGE}.
 */
public record Metric(int id, String name, MetricKind kind, String unit, Direction direction,
                     BigDecimal rangeLow, BigDecimal rangeHigh,
                     BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate,
                     JourneyStage journeyStage, String ownerKey, CatalogStatus status, int version) {
}
