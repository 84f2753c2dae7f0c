package com.cxalign.jira.initiative.model;

import com.cxalign.jira.catalog.model.JourneyStage;

import java.math.BigDecimal;

/**
 * The CX fields of a CX Initiative, read and converted: catalogue ids for goal and metric, decimals for the
 * numbers; {@code null} where a field is empty.
 */
public record InitiativeValues(Integer goalId, Integer metricId, String outcome, BigDecimal baseline,
                               BigDecimal target, BigDecimal actual, BigDecimal expectedImpact,
                               JourneyStage journeyStage) {

    public static InitiativeValues empty() {
        return new InitiativeValues(null, null, null, null, null, null, null, null);
    }
}
