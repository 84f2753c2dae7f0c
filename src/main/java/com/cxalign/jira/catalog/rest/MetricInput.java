package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.rules.MetricDraft;

import java.math.BigDecimal;

/** The body of a metric create or update; {@code version} is required for updates. */
public record MetricInput(String name, String kind, String unit, String direction, BigDecimal rangeLow,
                          BigDecimal rangeHigh, BigDecimal baseline, String baselineDate, BigDecimal target,
                          String targetDate, String journeyStage, String ownerKey, Integer version) {

    MetricDraft draft() {
        return new MetricDraft(name, kind, unit, direction, rangeLow, rangeHigh, baseline, baselineDate, target,
                targetDate, journeyStage, ownerKey);
    }
}
