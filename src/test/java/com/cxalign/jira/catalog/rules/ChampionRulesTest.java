package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.RuleAssertions.DATE;
import static com.cxalign.jira.catalog.rules.RuleAssertions.TOO_LONG;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertOnlyError;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertRejectedFields;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;

import org.junit.Test;

public class ChampionRulesTest {

    private static final String RANGE = "cx-align.champion.date.range";

    private static ChampionDraft term(String startsOn, String endsOn) {
        return new ChampionDraft("jane-key", "Support", startsOn, endsOn);
    }

    @Test
    public void aTermComesBackTrimmedWithItsDays() {
        CheckedChampion checked = ChampionRules.check(new ChampionDraft(" jane-key ", " Support\t", "2026-01-01",
                "2026-06-30"));

        assertEquals(new CheckedChampion("jane-key", "Support", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)),
                checked);
    }

    @Test
    public void aTermWithoutEndDateIsOpen() {
        assertNull(ChampionRules.check(term("2026-01-01", null)).endsOn());
        assertNull(ChampionRules.check(term("2026-01-01", " ")).endsOn());
    }

    @Test
    public void aOneDayTermIsAccepted() {
        assertEquals(LocalDate.of(2026, 3, 3), ChampionRules.check(term("2026-03-03", "2026-03-03")).endsOn());
    }

    @Test
    public void anEndBeforeTheStartIsRefusedOnTheEndDate() {
        assertOnlyError(() -> ChampionRules.check(term("2026-03-03", "2026-03-02")), "endsOn",
                "cx-align.champion.dates.order");
    }

    @Test
    public void personDepartmentAndStartAreRequired() {
        assertRejectedFields(() -> ChampionRules.check(new ChampionDraft(null, " ", null, null)),
                "userKey", "department", "startsOn");
    }

    @Test
    public void aDepartmentLongerThanEightyCharactersIsRefused() {
        assertOnlyError(() -> ChampionRules.check(new ChampionDraft("jane-key", "d".repeat(81), "2026-01-01", null)),
                "department", TOO_LONG, "80");
    }

    @Test
    public void anImpossibleDayIsRefusedAsADate() {
        assertOnlyError(() -> ChampionRules.check(term("2026-02-30", null)), "startsOn", DATE);
    }

    @Test
    public void daysBefore1990OrAfter2100AreRefusedNamingTheAllowedRange() {
        assertOnlyError(() -> ChampionRules.check(term("0026-01-01", null)), "startsOn", RANGE, "1990-01-01",
                "2100-12-31");
        assertOnlyError(() -> ChampionRules.check(term("2026-01-01", "+999999-12-31")), "endsOn", RANGE,
                "1990-01-01", "2100-12-31");
    }

    @Test
    public void theActiveOnDayOfAListIsOptionalButMustBeADate() {
        assertNull(ChampionRules.activeOn(null));
        assertNull(ChampionRules.activeOn(""));
        assertEquals(LocalDate.of(2026, 11, 2), ChampionRules.activeOn("2026-11-02"));
        assertOnlyError(() -> ChampionRules.activeOn("yesterday"), "activeOn", DATE);
    }
}
