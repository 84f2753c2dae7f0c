package com.cxalign.jira.workflow.rules;

import static org.junit.Assert.assertEquals;

import com.cxalign.jira.platform.errors.FieldError;

import java.util.List;

import org.junit.Test;

/** "Customer outcome stated", rule by rule, with the default settings unless a test says otherwise. */
public class OutcomeRuleTest {

    private static final OutcomeRuleConfig DEFAULTS = OutcomeRuleConfig.defaults();
    private static final String SUMMARY = "Guided setup checklist";

    @Test
    public void aConcreteOutcomeOfEnoughWordsPasses() {
        assertEquals(List.of(), check("New customers finish setup in one sitting and see their first report."));
    }

    @Test
    public void exactlyTheMinimumPassesAndOneWordLessIsRefusedWithTheCount() {
        assertEquals(List.of(), check("one two three four five six seven eight"));
        assertEquals(List.of(FieldError.of("outcome", "cx-align.workflow.outcome.too-short", 8, 7)),
                check("one two three four five six seven"));
    }

    @Test
    public void anEmptyOrBlankOrPunctuationOnlyOutcomeIsMissing() {
        List<FieldError> missing = List.of(FieldError.of("outcome", "cx-align.workflow.outcome.missing"));
        assertEquals(missing, check(null));
        assertEquals(missing, check("   \n\t"));
        assertEquals(missing, check("... !!! ---"));
    }

    @Test
    public void placeholdersAreRefusedWhateverTheirCaseAndPunctuation() {
        for (String placeholder : List.of("TBD", "tbd.", "N/A", "n / a", "To-do", "to do", "Improve CX!", "better experience")) {
            List<FieldError> findings = check(placeholder);
            assertEquals(placeholder, "cx-align.workflow.outcome.placeholder", findings.get(0).messageKey());
        }
        assertEquals(List.of(FieldError.of("outcome", "cx-align.workflow.outcome.placeholder", "improve cx", 8)),
                check("Improve CX for our customers soon"));
    }

    @Test
    public void aPlaceholderInsideALongerRealOutcomeIsFine() {
        assertEquals(List.of(), check("Customers get a better experience because setup takes five minutes instead"
                + " of two days"));
    }

    @Test
    public void repeatingTheSummaryIsRefusedUnlessTheAdminAllowsIt() {
        String longSummary = "Customers finish setup in one sitting and see their first report";
        assertEquals(List.of(FieldError.of("outcome", "cx-align.workflow.outcome.same-as-summary")),
                OutcomeRule.check("customers finish setup in one sitting, and see their first report!", longSummary,
                        DEFAULTS));
        OutcomeRuleConfig allowed = new OutcomeRuleConfig(8, List.of("tbd"), false, List.of("customer"));
        assertEquals(List.of(), OutcomeRule.check(longSummary, longSummary, allowed));
    }

    @Test
    public void theCustomerMustBeNamedWhereTheAdminAsksForIt() {
        OutcomeRuleConfig naming = new OutcomeRuleConfig(8, List.of(), true, List.of("customer", "user", "shopper"));
        assertEquals(List.of(), OutcomeRule.check("Shoppers find the size guide before they reach the checkout page",
                SUMMARY, naming));
        assertEquals(List.of(), OutcomeRule.check("Our customers' invoices arrive on the first day of the month",
                SUMMARY, naming));
        assertEquals(List.of(FieldError.of("outcome", "cx-align.workflow.outcome.no-customer",
                "customer, user, shopper")), OutcomeRule.check("The invoice job runs on the first day of the month"
                + " now", SUMMARY, naming));
    }

    @Test
    public void hostileTextIsJustTextThatIsCountedAsWords() {
        // script, alert, 1, script
        assertEquals(List.of(FieldError.of("outcome", "cx-align.workflow.outcome.too-short", 8, 4)),
                check("<script>alert(1)</script>"));
        assertEquals(List.of(), check("<b>Customers</b> finish setup in one sitting and see the first report"));
    }

    @Test
    public void wordsInOtherScriptsCount() {
        assertEquals(List.of(), check("Kunden schließen die Einrichtung in einer Sitzung ab und sehen Berichte"));
        assertEquals(List.of(), check("顧客 は 初日 に 最初 の レポート を 見る"));
    }

    private static List<FieldError> check(String outcome) {
        return OutcomeRule.check(outcome, SUMMARY, DEFAULTS);
    }
}
