package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.RuleAssertions.assertOnlyError;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertRejectedFields;
import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class GoalRulesTest {

    private static final String BETWEEN = "cx-align.field.between";

    private static GoalDraft goalAt(Integer displayOrder) {
        return new GoalDraft("Reduce onboarding churn", null, null, displayOrder);
    }

    @Test
    public void aGoalComesBackWithItsTextTrimmed() {
        GoalDraft checked = GoalRules.check(new GoalDraft("  Reduce onboarding churn ", "\tFewer leave early.\n",
                " owner-key ", 3));

        assertEquals(new GoalDraft("Reduce onboarding churn", "Fewer leave early.", "owner-key", 3), checked);
    }

    @Test
    public void aGoalWithoutDisplayOrderGoesLast() {
        assertEquals(null, GoalRules.check(goalAt(null)).displayOrder());
    }

    @Test
    public void displayOrderZeroIsAccepted() {
        assertEquals(Integer.valueOf(0), GoalRules.check(goalAt(0)).displayOrder());
    }

    @Test
    public void displayOrderOneHundredThousandIsAccepted() {
        assertEquals(Integer.valueOf(100_000), GoalRules.check(goalAt(100_000)).displayOrder());
    }

    @Test
    public void aNegativeDisplayOrderIsRefusedNamingTheAllowedRange() {
        assertOnlyError(() -> GoalRules.check(goalAt(-1)), "displayOrder", BETWEEN, "0", "100000");
    }

    @Test
    public void aDisplayOrderAboveOneHundredThousandIsRefusedNamingTheAllowedRange() {
        assertOnlyError(() -> GoalRules.check(goalAt(100_001)), "displayOrder", BETWEEN, "0", "100000");
    }

    @Test
    public void theSmallestIntegerIsRefusedAsDisplayOrder() {
        assertOnlyError(() -> GoalRules.check(goalAt(Integer.MIN_VALUE)), "displayOrder", BETWEEN, "0", "100000");
    }

    @Test
    public void everyWrongFieldIsReportedInOneFailure() {
        assertRejectedFields(() -> GoalRules.check(new GoalDraft(" ", "d".repeat(Limits.DESCRIPTION + 1),
                "owner\u001B", 100_001)), "name", "description", "ownerKey", "displayOrder");
    }
}
