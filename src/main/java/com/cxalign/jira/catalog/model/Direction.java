package com.cxalign.jira.catalog.model;

import java.math.BigDecimal;

/** Which way a metric should move to be better. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    /** Good while between two bounds (e.g. first-contact time of 2 to 4 hours). */
    WITHIN_RANGE;

    /** Whether {@code target} is an improvement on {@code baseline}; for ranges, whether it lies inside them. */
    public boolean improves(BigDecimal baseline, BigDecimal target, BigDecimal low, BigDecimal high) {
        return switch (this) {
            case HIGHER_IS_BETTER -> target.compareTo(baseline) > 0;
            case LOWER_IS_BETTER -> target.compareTo(baseline) < 0;
            case WITHIN_RANGE -> target.compareTo(low) >= 0 && target.compareTo(high) <= 0;
        };
    }
}
