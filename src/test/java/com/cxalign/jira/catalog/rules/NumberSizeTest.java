package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.ReadingDrafts.aReading;
import static com.cxalign.jira.catalog.rules.RuleAssertions.NUMBER_SIZE;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertVerdict;

import com.cxalign.jira.catalog.model.MetricKind;
import com.cxalign.jira.platform.errors.FieldError;

import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** Numbers fit twelve digits before the point and six after it, on a custom metric where any value is in scale. */
@RunWith(Parameterized.class)
public class NumberSizeTest {

    @Parameters(name = "{0}")
    public static List<Object[]> numbers() {
        return List.of(
                new Object[] {"999999999999.999999", true},
                new Object[] {"-999999999999.999999", true},
                new Object[] {"1000000000000", false},
                new Object[] {"-1000000000000", false},
                new Object[] {"0.000001", true},
                new Object[] {"-0.000001", true},
                new Object[] {"0.0000001", false},
                new Object[] {"12.3456789", false},
                new Object[] {"1E+11", true},
                new Object[] {"1E+12", false},
                new Object[] {"1E-6", true},
                new Object[] {"1E-7", false},
                new Object[] {"0", true});
    }

    @Parameter(0)
    public String value;
    @Parameter(1)
    public boolean fits;

    @Test
    public void aNumberIsAcceptedOnlyWithAtMostTwelveIntegerDigitsAndSixDecimals() {
        assertVerdict(() -> aReading().of(MetricKind.CUSTOM, "points").value(value).check(),
                fits ? null : FieldError.of("value", NUMBER_SIZE));
    }
}
