package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.RuleAssertions.REQUIRED;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertErrors;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertOnlyError;
import static org.junit.Assert.assertEquals;

import com.cxalign.jira.platform.errors.FieldError;

import org.junit.Test;

public class MissionRulesTest {

    private static final String MISSION = "We make every customer feel expected.";
    private static final String SUCCESS = "Onboarding churn below 5 % by the end of 2026.";

    @Test
    public void aMissionWithBothStatementsComesBackTrimmed() {
        MissionDraft checked = MissionRules.check(new MissionDraft("  " + MISSION + "\n", "\t" + SUCCESS));

        assertEquals(new MissionDraft(MISSION, SUCCESS), checked);
    }

    @Test
    public void aMissionWithoutSuccessStatementIsOnlyASlogan() {
        assertOnlyError(() -> MissionRules.check(new MissionDraft(MISSION, " ")), "successStatement", REQUIRED);
    }

    @Test
    public void aSuccessStatementWithoutMissionIsRefused() {
        assertOnlyError(() -> MissionRules.check(new MissionDraft(null, SUCCESS)), "statement", REQUIRED);
    }

    @Test
    public void bothMissingStatementsAreReportedInOneFailure() {
        assertErrors(() -> MissionRules.check(new MissionDraft("", null)),
                FieldError.of("statement", REQUIRED), FieldError.of("successStatement", REQUIRED));
    }

    @Test
    public void statementsMayRunOverSeveralParagraphs() {
        String paragraphs = "We listen.\n\nWe act.\r\n\r\nWe tell customers what we did.";

        assertEquals(paragraphs, MissionRules.check(new MissionDraft(paragraphs, SUCCESS)).statement());
    }
}
