package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.RuleAssertions.decimal;

import com.cxalign.jira.catalog.model.Direction;

/** Builds metric drafts for tests: valid unless a test changes a field. Numbers are given as text. */
final class MetricDrafts {

    private String name = "Effort to change a plan";
    private String kind = "CES";
    private String unit;
    private String direction = "HIGHER_IS_BETTER";
    private String rangeLow;
    private String rangeHigh;
    private String baseline = "4.2";
    private String baselineDate = "2025-01-01";
    private String target = "5.1";
    private String targetDate = "2025-12-31";
    private String journeyStage = "SUPPORT";
    private String ownerKey = "owner-key";

    private MetricDrafts() {
    }

    /** A valid CES metric (score 1-7) that should rise from 4.2 to 5.1 during 2025. */
    static MetricDrafts aMetric() {
        return new MetricDrafts();
    }

    /** Direction, baseline, target and bounds that suit each other and every kind's default scale. */
    MetricDrafts towards(Direction wanted) {
        direction = wanted.name();
        switch (wanted) {
            case HIGHER_IS_BETTER -> values("4.2", "5.1");
            case LOWER_IS_BETTER -> values("5.1", "4.2");
            case WITHIN_RANGE -> values("3", "5").range("4", "6");
        }
        return this;
    }

    MetricDrafts name(String value) {
        name = value;
        return this;
    }

    MetricDrafts kind(String value) {
        kind = value;
        return this;
    }

    MetricDrafts unit(String value) {
        unit = value;
        return this;
    }

    MetricDrafts direction(String value) {
        direction = value;
        return this;
    }

    MetricDrafts range(String low, String high) {
        rangeLow = low;
        rangeHigh = high;
        return this;
    }

    MetricDrafts values(String baselineValue, String targetValue) {
        baseline = baselineValue;
        target = targetValue;
        return this;
    }

    MetricDrafts dates(String baselineDay, String targetDay) {
        baselineDate = baselineDay;
        targetDate = targetDay;
        return this;
    }

    MetricDrafts journeyStage(String value) {
        journeyStage = value;
        return this;
    }

    MetricDrafts ownerKey(String value) {
        ownerKey = value;
        return this;
    }

    MetricDraft draft() {
        return new MetricDraft(name, kind, unit, direction, decimal(rangeLow), decimal(rangeHigh), decimal(baseline),
                baselineDate, decimal(target), targetDate, journeyStage, ownerKey);
    }

    CheckedMetric check() {
        return MetricRules.check(draft());
    }
}
