package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.model.Metric;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A metric as the REST API shows it; dates as ISO strings (yyyy-mm-dd). */
public record MetricJson(int id, String name, String kind, String unit, String direction, BigDecimal rangeLow,
                         BigDecimal rangeHigh, BigDecimal baseline, String baselineDate, BigDecimal target,
                         String targetDate, String journeyStage, String ownerKey, String status, int version) {

    static MetricJson of(Metric metric) {
        return new MetricJson(metric.id(), metric.name(), metric.kind().name(), metric.unit(),
                metric.direction().name(), metric.rangeLow(), metric.rangeHigh(), metric.baseline(),
                iso(metric.baselineDate()), metric.target(), iso(metric.targetDate()),
                metric.journeyStage() == null ? null : metric.journeyStage().name(), metric.ownerKey(),
                metric.status().name(), metric.version());
    }

    static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
