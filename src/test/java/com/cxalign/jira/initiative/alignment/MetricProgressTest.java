package com.cxalign.jira.initiative.alignment;

import static com.cxalign.jira.catalog.model.Direction.HIGHER_IS_BETTER;
import static com.cxalign.jira.catalog.model.Direction.LOWER_IS_BETTER;
import static com.cxalign.jira.catalog.model.Direction.WITHIN_RANGE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;

import org.junit.Test;

/** Progress from baseline to target in the metric's direction, 0 to 100. */
public class MetricProgressTest {

    @Test
    public void higherIsBetterCountsUpFromTheBaseline() {
        assertEquals(Integer.valueOf(0), percent(HIGHER_IS_BETTER, "20", "20", "35"));
        assertEquals(Integer.valueOf(46), percent(HIGHER_IS_BETTER, "20", "27", "35"));
        assertEquals(Integer.valueOf(100), percent(HIGHER_IS_BETTER, "20", "35", "35"));
    }

    @Test
    public void lowerIsBetterCountsDownFromTheBaseline() {
        assertEquals(Integer.valueOf(50), percent(LOWER_IS_BETTER, "8", "6", "4"));
        assertEquals(Integer.valueOf(99), percent(LOWER_IS_BETTER, "8", "4.01", "4"));
    }

    @Test
    public void worseThanTheBaselineIsZeroAndBeyondTheTargetIsAHundred() {
        assertEquals(Integer.valueOf(0), percent(HIGHER_IS_BETTER, "20", "12", "35"));
        assertEquals(Integer.valueOf(100), percent(HIGHER_IS_BETTER, "20", "60", "35"));
        assertEquals(Integer.valueOf(0), percent(LOWER_IS_BETTER, "8", "9", "4"));
    }

    @Test
    public void withinARangeIsAHundredAndOutsideItTheWayTowardTheNearerBound() {
        assertEquals(Integer.valueOf(100), range("10", "3", "2", "4"));
        assertEquals(Integer.valueOf(100), range("10", "4", "2", "4"));
        // from 10 toward the upper bound 4: at 7 half the way is done
        assertEquals(Integer.valueOf(50), range("10", "7", "2", "4"));
        assertEquals(Integer.valueOf(0), range("10", "12", "2", "4"));
        // from below: baseline 0, lower bound 2, now 1
        assertEquals(Integer.valueOf(50), range("0", "1", "2", "4"));
    }

    @Test
    public void aTargetThatIsNoImprovementGivesNoProgressAndAHugeRatioStaysWithinRange() {
        assertNull(percent(HIGHER_IS_BETTER, "20", "27", "10"));
        assertNull(percent(LOWER_IS_BETTER, "8", "6", "12"));
        assertEquals(Integer.valueOf(100), percent(HIGHER_IS_BETTER, "0", "1E+30", "0.000001"));
        assertEquals(Integer.valueOf(0), percent(HIGHER_IS_BETTER, "0", "-1E+30", "0.000001"));
    }

    @Test
    public void withoutTheNumbersItNeedsThereIsNoProgress() {
        assertNull(percent(HIGHER_IS_BETTER, null, "27", "35"));
        assertNull(percent(HIGHER_IS_BETTER, "20", null, "35"));
        assertNull(percent(HIGHER_IS_BETTER, "20", "27", null));
        assertNull(percent(HIGHER_IS_BETTER, "20", "27", "20"));
        assertNull(MetricProgress.percent(WITHIN_RANGE, d("10"), d("3"), null, null, d("4")));
    }

    private static Integer percent(com.cxalign.jira.catalog.model.Direction direction, String baseline,
                                   String current, String target) {
        return MetricProgress.percent(direction, d(baseline), d(current), d(target), null, null);
    }

    private static Integer range(String baseline, String current, String low, String high) {
        return MetricProgress.percent(WITHIN_RANGE, d(baseline), d(current), null, d(low), d(high));
    }

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
