package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.ReadingDrafts.aReading;
import static com.cxalign.jira.catalog.rules.RuleAssertions.AT_LEAST;
import static com.cxalign.jira.catalog.rules.RuleAssertions.OUT_OF_SCALE;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertVerdict;

import com.cxalign.jira.catalog.model.MetricKind;
import com.cxalign.jira.platform.errors.FieldError;

import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** The values each kind of metric allows in each of its units, at and just beyond the edges. */
@RunWith(Parameterized.class)
public class ScaleBoundariesTest {

    @Parameters(name = "{0} in \"{1}\": {2}")
    public static List<Object[]> values() {
        return List.of(
                valid(MetricKind.NPS, "NPS", "-100"),
                valid(MetricKind.NPS, "NPS", "100"),
                valid(MetricKind.NPS, "NPS", "0"),
                outside(MetricKind.NPS, "NPS", "-100.0001", "-100", "100"),
                outside(MetricKind.NPS, "NPS", "101", "-100", "100"),
                outside(MetricKind.NPS, "NPS", "100.000001", "-100", "100"),
                valid(MetricKind.CSAT, "%", "0"),
                valid(MetricKind.CSAT, "%", "100"),
                outside(MetricKind.CSAT, "%", "-0.000001", "0", "100"),
                outside(MetricKind.CSAT, "%", "100.5", "0", "100"),
                valid(MetricKind.CSAT, "score 1-5", "1"),
                valid(MetricKind.CSAT, "score 1-5", "5"),
                valid(MetricKind.CSAT, "score 1-5", "3.75"),
                outside(MetricKind.CSAT, "score 1-5", "0.999999", "1", "5"),
                outside(MetricKind.CSAT, "score 1-5", "5.000001", "1", "5"),
                outside(MetricKind.CSAT, "score 1-5", "50", "1", "5"),
                valid(MetricKind.CES, "score 1-7", "1"),
                valid(MetricKind.CES, "score 1-7", "7"),
                outside(MetricKind.CES, "score 1-7", "0", "1", "7"),
                outside(MetricKind.CES, "score 1-7", "7.5", "1", "7"),
                valid(MetricKind.CHURN_RATE, "%", "0"),
                valid(MetricKind.CHURN_RATE, "%", "100"),
                outside(MetricKind.CHURN_RATE, "%", "-1", "0", "100"),
                outside(MetricKind.CHURN_RATE, "%", "101", "0", "100"),
                valid(MetricKind.RETENTION, "%", "0"),
                valid(MetricKind.RETENTION, "%", "100"),
                outside(MetricKind.RETENTION, "%", "-0.5", "0", "100"),
                outside(MetricKind.RETENTION, "%", "100.000001", "0", "100"),
                valid(MetricKind.ORDER_VOLUME, "orders", "0"),
                valid(MetricKind.ORDER_VOLUME, "boxes", "999999999999"),
                belowMinimum(MetricKind.ORDER_VOLUME, "boxes", "-1", "0"),
                valid(MetricKind.SUPPORT_CONTACTS, "tickets", "0"),
                valid(MetricKind.SUPPORT_CONTACTS, "contacts", "125000"),
                belowMinimum(MetricKind.SUPPORT_CONTACTS, "tickets", "-0.000001", "0"),
                valid(MetricKind.REVENUE, "EUR", "0"),
                valid(MetricKind.REVENUE, "USD", "1234567.89"),
                belowMinimum(MetricKind.REVENUE, "EUR", "-0.01", "0"),
                valid(MetricKind.CUSTOM, "minutes", "-999999999999.999999"),
                valid(MetricKind.CUSTOM, "", "999999999999.999999"));
    }

    private static Object[] valid(MetricKind kind, String unit, String value) {
        return new Object[] {kind, unit, value, null};
    }

    private static Object[] outside(MetricKind kind, String unit, String value, String min, String max) {
        return new Object[] {kind, unit, value, FieldError.of("value", OUT_OF_SCALE, min, max, unit)};
    }

    /** Open-ended scales (counts, money) say only the minimum. */
    private static Object[] belowMinimum(MetricKind kind, String unit, String value, String min) {
        return new Object[] {kind, unit, value, FieldError.of("value", AT_LEAST, min, unit)};
    }

    @Parameter(0)
    public MetricKind kind;
    @Parameter(1)
    public String unit;
    @Parameter(2)
    public String value;
    /** The error the value gets, or null when it is valid. */
    @Parameter(3)
    public FieldError expected;

    @Test
    public void aValueIsAcceptedOnlyInsideItsUnitsScaleAndOtherwiseRefusedWithTheScale() {
        assertVerdict(() -> aReading().of(kind, unit).value(value).check(), expected);
    }
}
