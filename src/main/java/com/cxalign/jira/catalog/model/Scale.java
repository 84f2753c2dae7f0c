package com.cxalign.jira.catalog.model;

import java.math.BigDecimal;

/**
 * A unit with the values that make sense in it, e.g. NPS from -100 to 100. A missing bound means open-ended.
 */
public record Scale(String unit, BigDecimal min, BigDecimal max) {

    public static Scale of(String unit, long min, long max) {
        return new Scale(unit, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    public static Scale atLeast(String unit, long min) {
        return new Scale(unit, BigDecimal.valueOf(min), null);
    }

    public static Scale any(String unit) {
        return new Scale(unit, null, null);
    }

    public boolean contains(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }
}
