package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.RuleAssertions.CONTROL_CHARACTERS;
import static com.cxalign.jira.catalog.rules.RuleAssertions.REQUIRED;
import static com.cxalign.jira.catalog.rules.RuleAssertions.TOO_LONG;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertErrors;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertOnlyError;
import static org.junit.Assert.assertEquals;

import com.cxalign.jira.platform.errors.FieldError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.Test;

public class ScopeRulesTest {

    private static final String DUPLICATE = "cx-align.scope.duplicate";

    private static ScopeDraft scope(List<Long> projectIds, String... departments) {
        return new ScopeDraft(projectIds, Arrays.asList(departments));
    }

    @Test
    public void projectsComeBackAscendingAndDepartmentsTrimmedInAlphabeticalOrder() {
        ScopeDraft checked = ScopeRules.check(scope(List.of(10200L, 10000L), " Support ", "finance", "Sales"));

        assertEquals(new ScopeDraft(List.of(10000L, 10200L), List.of("finance", "Sales", "Support")), checked);
    }

    @Test
    public void anEmptyScopeIsAccepted() {
        assertEquals(new ScopeDraft(List.of(), List.of()), ScopeRules.check(scope(List.of())));
    }

    @Test
    public void bothListsMustBeGivenSoThatAForgottenOneDoesNotEraseWhatItHeld() {
        assertErrors(() -> ScopeRules.check(new ScopeDraft(null, null)),
                FieldError.of("projectIds", REQUIRED), FieldError.of("departments", REQUIRED));
    }

    @Test
    public void aProjectIdBelowOneIsRefusedByItsPosition() {
        assertOnlyError(() -> ScopeRules.check(scope(List.of(10000L, 0L))), "projectIds[1]",
                "cx-align.scope.project-id");
        assertOnlyError(() -> ScopeRules.check(scope(List.of(Long.MIN_VALUE))), "projectIds[0]",
                "cx-align.scope.project-id");
    }

    @Test
    public void aMissingEntryIsRequired() {
        assertErrors(() -> ScopeRules.check(new ScopeDraft(Arrays.asList(10000L, null), Arrays.asList("Sales", null))),
                FieldError.of("projectIds[1]", REQUIRED), FieldError.of("departments[1]", REQUIRED));
    }

    @Test
    public void aProjectListedTwiceIsRefusedAtItsSecondPlace() {
        assertOnlyError(() -> ScopeRules.check(scope(List.of(10000L, 10001L, 10000L))), "projectIds[2]", DUPLICATE);
    }

    @Test
    public void aDepartmentListedTwiceInAnotherCaseIsRefusedAtItsSecondPlace() {
        assertOnlyError(() -> ScopeRules.check(scope(List.of(), "Support", "Sales", " SUPPORT")), "departments[2]",
                DUPLICATE);
    }

    @Test
    public void aDepartmentNameIsPlainTextOfAtMostEightyCharacters() {
        assertErrors(() -> ScopeRules.check(scope(List.of(), "d".repeat(81), "Sales\u0007", "  ")),
                FieldError.of("departments[0]", TOO_LONG, 80), FieldError.of("departments[1]", CONTROL_CHARACTERS),
                FieldError.of("departments[2]", REQUIRED));
    }

    @Test
    public void aDepartmentOfExactlyEightyCharactersIsAccepted() {
        assertEquals(List.of("d".repeat(80)), ScopeRules.check(scope(List.of(), "d".repeat(80))).departments());
    }

    @Test
    public void aHundredEntriesPerListAreAcceptedAndMoreAreRefused() {
        List<Long> hundred = LongStream.rangeClosed(1, 100).boxed().toList();
        List<Long> hundredAndOne = LongStream.rangeClosed(1, 101).boxed().toList();
        List<String> departments = new ArrayList<>(Collections.nCopies(101, "Sales"));

        assertEquals(100, ScopeRules.check(scope(hundred)).projectIds().size());
        assertErrors(() -> ScopeRules.check(new ScopeDraft(hundredAndOne, departments)),
                FieldError.of("projectIds", "cx-align.scope.too-many", 100),
                FieldError.of("departments", "cx-align.scope.too-many", 100));
    }
}
