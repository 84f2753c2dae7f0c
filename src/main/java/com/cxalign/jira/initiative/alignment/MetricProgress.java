package com.cxalign.jira.initiative.alignment;

import com.cxalign.jira.catalog.model.Direction;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a metric has come from its baseline toward its target, in the metric's direction, as a whole percentage
 * from 0 to 100: 0 at the baseline or worse, 100 at the target or beyond. For a metric that should stay within a
 * range, being inside the range is 100; outside it, the share of the way from the baseline to the nearer bound.
 */
public final class MetricProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MetricProgress() {
    }

    /** @return the percentage, or null when the baseline, the current value or the target is unknown */
    public static Integer percent(Direction direction, BigDecimal baseline, BigDecimal current, BigDecimal target,
                                  BigDecimal rangeLow, BigDecimal rangeHigh) {
        if (baseline == null || current == null) {
            return null;
        }
        if (direction == Direction.WITHIN_RANGE) {
            return withinRange(baseline, current, rangeLow, rangeHigh);
        }
        if (target == null) {
            return null;
        }
        BigDecimal span = target.subtract(baseline);
        if (span.signum() == 0 || !direction.improves(baseline, target, rangeLow, rangeHigh)) {
            return null; // a target that is no improvement gives no meaningful way to go
        }
        return clamp(current.subtract(baseline).multiply(HUNDRED).divide(span, 0, RoundingMode.DOWN));
    }

    private static Integer withinRange(BigDecimal baseline, BigDecimal current, BigDecimal low, BigDecimal high) {
        if (low == null || high == null) {
            return null;
        }
        if (current.compareTo(low) >= 0 && current.compareTo(high) <= 0) {
            return 100;
        }
        BigDecimal bound = baseline.compareTo(low) < 0 ? low : high;
        BigDecimal start = baseline.subtract(bound).abs();
        if (start.signum() == 0) {
            return 0;
        }
        BigDecimal left = current.subtract(bound).abs();
        return clamp(start.subtract(left).multiply(HUNDRED).divide(start, 0, RoundingMode.DOWN));
    }

    /** Held within 0..100 before it becomes an int, so that a huge ratio cannot wrap around. */
    private static int clamp(BigDecimal percent) {
        return percent.max(BigDecimal.ZERO).min(HUNDRED).intValue();
    }
}
