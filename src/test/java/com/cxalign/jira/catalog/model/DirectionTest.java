package com.cxalign.jira.catalog.model;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

public class DirectionTest {

    private static final BigDecimal FOUR = new BigDecimal("4");
    private static final BigDecimal SIX = new BigDecimal("6");

    /** Whether each target improves on a baseline of 5, without bounds. */
    private static List<Boolean> improvesOnFive(Direction direction, String... targets) {
        return List.of(targets).stream()
                .map(target -> direction.improves(new BigDecimal("5"), new BigDecimal(target), null, null)).toList();
    }

    /** Whether each target lies within 4..6, whatever the baseline. */
    private static List<Boolean> withinFourToSix(String baseline, String... targets) {
        return List.of(targets).stream().map(target -> Direction.WITHIN_RANGE.improves(new BigDecimal(baseline),
                new BigDecimal(target), FOUR, SIX)).toList();
    }

    @Test
    public void higherIsBetterCountsOnlyAStrictlyHigherTarget() {
        assertEquals(List.of(true, true, false, false),
                improvesOnFive(Direction.HIGHER_IS_BETTER, "5.000001", "100", "5", "4.999999"));
    }

    @Test
    public void lowerIsBetterCountsOnlyAStrictlyLowerTarget() {
        assertEquals(List.of(true, true, false, false),
                improvesOnFive(Direction.LOWER_IS_BETTER, "4.999999", "-100", "5", "5.000001"));
    }

    @Test
    public void anEqualTargetWrittenWithMoreDecimalsIsNoImprovement() {
        assertEquals(List.of(false, false), List.of(
                improvesOnFive(Direction.HIGHER_IS_BETTER, "5.000").get(0),
                improvesOnFive(Direction.LOWER_IS_BETTER, "5.0").get(0)));
    }

    @Test
    public void withinRangeCountsBothBoundsAsInside() {
        assertEquals(List.of(true, true, true, true), withinFourToSix("5", "4", "6", "4.0", "5.5"));
    }

    @Test
    public void withinRangeCountsTheLeastStepOutsideAsNotInside() {
        assertEquals(List.of(false, false), withinFourToSix("5", "3.999999", "6.000001"));
    }

    @Test
    public void withinRangeIgnoresTheBaseline() {
        assertEquals(List.of(true, true), withinFourToSix("100", "5", "5"));
    }
}
