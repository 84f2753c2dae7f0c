package com.cxalign.jira.catalog.model;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

public class ScaleTest {

    private static List<Boolean> contains(Scale scale, String... values) {
        return List.of(values).stream().map(value -> scale.contains(new BigDecimal(value))).toList();
    }

    @Test
    public void bothBoundsBelongToTheScale() {
        assertEquals(List.of(true, true, true), contains(Scale.of("NPS", -100, 100), "-100", "100", "100.000"));
    }

    @Test
    public void theLeastStepBeyondABoundIsOutside() {
        assertEquals(List.of(false, false), contains(Scale.of("NPS", -100, 100), "-100.000001", "100.000001"));
    }

    @Test
    public void aScaleWithOnlyAMinimumHasNoUpperBound() {
        assertEquals(List.of(true, true, false), contains(Scale.atLeast("orders", 0), "0", "1E+15", "-0.000001"));
    }

    @Test
    public void aScaleWithoutBoundsContainsEveryValue() {
        assertEquals(List.of(true, true), contains(Scale.any(""), "-1E+15", "1E+15"));
    }
}
