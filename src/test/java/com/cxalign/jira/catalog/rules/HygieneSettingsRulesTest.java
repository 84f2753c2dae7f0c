package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.RuleAssertions.REQUIRED;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertAccepted;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertErrors;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertOnlyError;

import com.cxalign.jira.platform.errors.FieldError;

import org.junit.Test;

public class HygieneSettingsRulesTest {

    private static final String BETWEEN = "cx-align.field.between";

    @Test
    public void theLimitsOfBothRangesAreAccepted() {
        assertAccepted(() -> HygieneSettingsRules.check(new HygieneSettingsDraft(1, 7)));
        assertAccepted(() -> HygieneSettingsRules.check(new HygieneSettingsDraft(20, 730)));
    }

    @Test
    public void aCapOutsideOneToTwentyIsRefusedNamingTheRange() {
        assertOnlyError(() -> HygieneSettingsRules.check(new HygieneSettingsDraft(0, 90)), "metricCap", BETWEEN,
                "1", "20");
        assertOnlyError(() -> HygieneSettingsRules.check(new HygieneSettingsDraft(21, 90)), "metricCap", BETWEEN,
                "1", "20");
    }

    @Test
    public void aStalePeriodOutsideAWeekToTwoYearsIsRefusedNamingTheRange() {
        assertOnlyError(() -> HygieneSettingsRules.check(new HygieneSettingsDraft(3, 6)), "staleDays", BETWEEN,
                "7", "730");
        assertOnlyError(() -> HygieneSettingsRules.check(new HygieneSettingsDraft(3, Integer.MAX_VALUE)),
                "staleDays", BETWEEN, "7", "730");
    }

    @Test
    public void bothValuesAreRequired() {
        assertErrors(() -> HygieneSettingsRules.check(new HygieneSettingsDraft(null, null)),
                FieldError.of("metricCap", REQUIRED), FieldError.of("staleDays", REQUIRED));
    }
}
