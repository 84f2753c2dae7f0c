package com.cxalign.jira.catalog.rules;

import com.cxalign.jira.catalog.model.Direction;
import com.cxalign.jira.catalog.model.JourneyStage;
import com.cxalign.jira.catalog.model.MetricKind;
import com.cxalign.jira.catalog.model.Scale;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What makes a metric measurable: a kind and unit with valid values, a direction, a baseline and a target that is
 * better than the baseline in that direction, and dates in order. Every wrong field is reported at once.
 */
public final class MetricRules {

    private MetricRules() {
    }

    public static CheckedMetric check(MetricDraft draft) {
        FieldChecks checks = new FieldChecks();
        String name = checks.text("name", draft.name(), Limits.NAME, true);
        MetricKind kind = checks.choice("kind", draft.kind(), MetricKind.class, true);
        Direction direction = checks.choice("direction", draft.direction(), Direction.class, true);
        JourneyStage stage = checks.choice("journeyStage", draft.journeyStage(), JourneyStage.class, false);
        String owner = checks.text("ownerKey", draft.ownerKey(), Limits.USER_KEY, false);
        BigDecimal baseline = checks.number("baseline", draft.baseline(), true);
        BigDecimal target = checks.number("target", draft.target(), true);
        BigDecimal low = checks.number("rangeLow", draft.rangeLow(), direction == Direction.WITHIN_RANGE);
        BigDecimal high = checks.number("rangeHigh", draft.rangeHigh(), direction == Direction.WITHIN_RANGE);
        LocalDate baselineDate = checks.date("baselineDate", draft.baselineDate(), true);
        LocalDate targetDate = checks.date("targetDate", draft.targetDate(), true);

        String requested = checks.text("unit", draft.unit(), Limits.UNIT, false);
        String unit = null;
        Scale scale = null;
        if (kind != null && !checks.hasError("unit")) {
            Optional<Scale> found = kind.scaleFor(requested == null ? kind.defaultUnit() : requested);
            if (found.isPresent()) {
                scale = found.get();
                unit = scale.unit(); // the unit's standard spelling ("nps" is stored as "NPS")
            } else {
                checks.error("unit", "cx-align.metric.unit.not-for-kind", kind.name(),
                        kind.scales().stream().map(Scale::unit).collect(Collectors.joining(", ")));
            }
        }
        if (scale != null) {
            checks.inScale("baseline", baseline, scale);
            checks.inScale("target", target, scale);
            checks.inScale("rangeLow", low, scale);
            checks.inScale("rangeHigh", high, scale);
        }
        if (direction != null && direction != Direction.WITHIN_RANGE) {
            if (draft.rangeLow() != null) {
                checks.error("rangeLow", "cx-align.metric.range.only-within");
            }
            if (draft.rangeHigh() != null) {
                checks.error("rangeHigh", "cx-align.metric.range.only-within");
            }
        } else if (low != null && high != null && low.compareTo(high) >= 0) {
            checks.error("rangeHigh", "cx-align.metric.range.order");
        }
        if (comparable(checks, direction, baseline, target, low, high)
                && !direction.improves(baseline, target, low, high)) {
            checks.error("target", switch (direction) {
                case HIGHER_IS_BETTER -> "cx-align.metric.target.higher";
                case LOWER_IS_BETTER -> "cx-align.metric.target.lower";
                case WITHIN_RANGE -> "cx-align.metric.target.range";
            });
        }
        if (baselineDate != null && targetDate != null && !targetDate.isAfter(baselineDate)) {
            checks.error("targetDate", "cx-align.metric.dates.order");
        }
        checks.throwIfAny();
        return new CheckedMetric(name, kind, unit, direction, low, high, baseline, baselineDate, target, targetDate,
                stage, owner);
    }

    /** Target and baseline are compared only when both (and, for ranges, the bounds) are valid on their own. */
    private static boolean comparable(FieldChecks checks, Direction direction, BigDecimal baseline, BigDecimal target,
                                      BigDecimal low, BigDecimal high) {
        if (direction == null || baseline == null || target == null
                || checks.hasError("baseline") || checks.hasError("target")) {
            return false;
        }
        return direction != Direction.WITHIN_RANGE
                || (low != null && high != null && !checks.hasError("rangeLow") && !checks.hasError("rangeHigh"));
    }
}
