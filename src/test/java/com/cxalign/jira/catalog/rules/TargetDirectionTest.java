package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.MetricDrafts.aMetric;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertVerdict;

import com.cxalign.jira.platform.errors.FieldError;

import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** A metric's target must be better than its baseline in the metric's direction, or inside its range. */
@RunWith(Parameterized.class)
public class TargetDirectionTest {

    private static final String HIGHER = "cx-align.metric.target.higher";
    private static final String LOWER = "cx-align.metric.target.lower";
    private static final String RANGE = "cx-align.metric.target.range";

    @Parameters(name = "{0}: {1} -> {2}, range {3}..{4}")
    public static List<Object[]> targets() {
        return List.of(
                row("higher is better", "4.2", "5.1", null, null, null),
                row("higher is better", "4.2", "4.200001", null, null, null),
                row("higher is better", "4.2", "4.2", null, null, HIGHER),
                row("higher is better", "4.2", "4.20", null, null, HIGHER),
                row("higher is better", "4.2", "4.199999", null, null, HIGHER),
                row("lower is better", "5.1", "4.2", null, null, null),
                row("lower is better", "5.1", "5.099999", null, null, null),
                row("lower is better", "5.1", "5.1", null, null, LOWER),
                row("lower is better", "5.1", "5.100001", null, null, LOWER),
                row("within range", "3", "5", "4", "6", null),
                row("within range", "3", "4", "4", "6", null),
                row("within range", "3", "6", "4", "6", null),
                row("within range", "1", "4.5", "4", "6", null),
                row("within range", "5", "3.999999", "4", "6", RANGE),
                row("within range", "5", "6.000001", "4", "6", RANGE));
    }

    private static Object[] row(String direction, String baseline, String target, String low, String high,
                                String messageKey) {
        return new Object[] {direction, baseline, target, low, high,
                messageKey == null ? null : FieldError.of("target", messageKey)};
    }

    @Parameter(0)
    public String direction;
    @Parameter(1)
    public String baseline;
    @Parameter(2)
    public String target;
    @Parameter(3)
    public String low;
    @Parameter(4)
    public String high;
    /** The error the target gets, or null when it is accepted. */
    @Parameter(5)
    public FieldError expected;

    @Test
    public void theTargetIsAcceptedOnlyWhenItIsBetterThanTheBaselineInTheMetricsDirection() {
        assertVerdict(() -> aMetric().direction(direction).values(baseline, target).range(low, high).check(),
                expected);
    }
}
