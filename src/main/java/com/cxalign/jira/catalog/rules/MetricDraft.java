package com.cxalign.jira.catalog.rules;

import java.math.BigDecimal;

/**
 * A metric as an admin submits it, unchecked: choices and dates still as text (ISO dates), so that a wrong value
 * becomes a message on its field rather than a failure to read the request.
 */
public record MetricDraft(String name, String kind, String unit, String direction, BigDecimal rangeLow,
                          BigDecimal rangeHigh, BigDecimal baseline, String baselineDate, BigDecimal target,
                          String targetDate, String journeyStage, String ownerKey) {
}
