package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static com.cxalign.jira.catalog.Catalog.ANONYMOUS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.model.AuditEntry;
import com.cxalign.jira.catalog.model.Champion;
import com.cxalign.jira.catalog.rules.ChampionDraft;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.errors.NotLoggedInException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.time.LocalDate;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(DatabaseTest.class)
public class ChampionServiceTest {

    @Rule
    public Catalog catalog = new Catalog();

    private ChampionService champions;

    @Before
    public void wireChampions() {
        champions = AlignmentServices.over(catalog).champions;
    }

    private static ChampionDraft term(String userKey, String department, String startsOn, String endsOn) {
        return new ChampionDraft(userKey, department, startsOn, endsOn);
    }

    private static List<String> people(List<Champion> terms) {
        return terms.stream().map(Champion::userKey).toList();
    }

    @Test
    public void anAdminNamesAChampionForADepartmentWithStartAndEnd() {
        Champion jane = champions.create(ADMIN, term("jane-key", "Support", "2026-01-01", "2026-06-30"));

        assertEquals("Support", jane.department());
        assertEquals(LocalDate.of(2026, 1, 1), jane.startsOn());
        assertEquals(LocalDate.of(2026, 6, 30), jane.endsOn());
        assertEquals(1, jane.version());
        assertEquals(List.of(jane), champions.list(AGENT, null));
    }

    @Test
    public void theRosterIsByDepartmentThenStart() {
        champions.create(ADMIN, term("tom-key", "support", "2026-07-01", null));
        champions.create(ADMIN, term("ann-key", "Sales", "2026-03-01", null));
        champions.create(ADMIN, term("jane-key", "Support", "2026-01-01", "2026-06-30"));

        assertEquals(List.of("ann-key", "jane-key", "tom-key"), people(champions.list(AGENT, null)));
    }

    @Test
    public void theRosterOfADayHasTheTermsIncludingThatDayBothEndsCounting() {
        champions.create(ADMIN, term("jane-key", "Support", "2026-01-01", "2026-06-30"));
        champions.create(ADMIN, term("tom-key", "Support", "2026-07-01", null));
        champions.create(ADMIN, term("ann-key", "Sales", "2027-01-01", null));

        assertEquals(List.of("jane-key"), people(champions.list(AGENT, LocalDate.of(2026, 1, 1))));
        assertEquals(List.of("jane-key"), people(champions.list(AGENT, LocalDate.of(2026, 6, 30))));
        assertEquals(List.of("tom-key"), people(champions.list(AGENT, LocalDate.of(2026, 7, 1))));
        assertEquals(List.of("ann-key", "tom-key"), people(champions.list(AGENT, LocalDate.of(2030, 1, 1))));
        assertEquals(List.of(), champions.list(AGENT, LocalDate.of(2025, 12, 31)));
    }

    @Test
    public void overlappingTermsOfOnePersonForOneDepartmentAreRefusedOnTheStartDate() {
        champions.create(ADMIN, term("jane-key", "Support", "2026-01-01", "2026-06-30"));

        ValidationException error = assertThrows(ValidationException.class,
                () -> champions.create(ADMIN, term("jane-key", "SUPPORT", "2026-06-30", null)));

        assertEquals(List.of(FieldError.of("startsOn", "cx-align.champion.overlap", "Support", "2026-01-01",
                "2026-06-30")), error.getFieldErrors());
        assertEquals(1, champions.list(ADMIN, null).size());
    }

    @Test
    public void aTermInsideAnOpenTermIsRefusedNamingTheOpenTerm() {
        champions.create(ADMIN, term("jane-key", "Support", "2026-01-01", null));

        ValidationException error = assertThrows(ValidationException.class,
                () -> champions.create(ADMIN, term("jane-key", "Support", "2024-01-01", "2026-01-01")));

        assertEquals(List.of(FieldError.of("startsOn", "cx-align.champion.overlap.open", "Support", "2026-01-01")),
                error.getFieldErrors());
    }

    @Test
    public void termsThatOnlyTouchOrAreForOtherPeopleOrDepartmentsAreAccepted() {
        champions.create(ADMIN, term("jane-key", "Support", "2026-01-01", "2026-06-30"));

        champions.create(ADMIN, term("jane-key", "Support", "2026-07-01", null));
        champions.create(ADMIN, term("jane-key", "Sales", "2026-01-01", null));
        champions.create(ADMIN, term("tom-key", "Support", "2026-01-01", null));

        assertEquals(4, champions.list(ADMIN, null).size());
    }

    @Test
    public void endingATermIsAnUpdateThatMayNotOverlapOtherTermsButMayKeepItsOwnDates() {
        Champion open = champions.create(ADMIN, term("jane-key", "Support", "2026-01-01", null));

        Champion ended = champions.update(ADMIN, open.id(), term("jane-key", "Support", "2026-01-01", "2026-10-31"), 1);
        champions.create(ADMIN, term("jane-key", "Support", "2027-01-01", null));

        assertEquals(LocalDate.of(2026, 10, 31), ended.endsOn());
        assertEquals(2, ended.version());
        assertThrows(ValidationException.class, () -> champions.update(ADMIN, open.id(),
                term("jane-key", "Support", "2026-01-01", null), 2));
    }

    @Test
    public void anEditBasedOnAnOldVersionIsAConflictAndChangesNothing() {
        Champion jane = champions.create(ADMIN, term("jane-key", "Support", "2026-01-01", null));
        champions.update(ADMIN, jane.id(), term("jane-key", "Support", "2026-02-01", null), 1);

        assertThrows(ConflictException.class, () -> champions.update(ADMIN, jane.id(),
                term("jane-key", "Sales", "2026-02-01", null), 1));
        assertThrows(ConflictException.class, () -> champions.delete(ADMIN, jane.id(), 1));
        assertEquals("Support", champions.list(ADMIN, null).get(0).department());
    }

    @Test
    public void aTermEnteredByMistakeIsDeletedWithItsVersion() {
        Champion jane = champions.create(ADMIN, term("jane-key", "Support", "2026-01-01", null));

        champions.delete(ADMIN, jane.id(), 1);

        assertEquals(List.of(), champions.list(ADMIN, null));
        assertThrows(NotFoundException.class, () -> champions.delete(ADMIN, jane.id(), 1));
    }

    @Test
    public void everyChangeIsAuditedUnderTheChampionSubject() {
        Champion jane = champions.create(ADMIN, term("jane-key", "Support", "2026-01-01", null));
        champions.update(ADMIN, jane.id(), term("jane-key", "Support", "2026-01-01", "2026-12-31"), 1);
        champions.delete(ADMIN, jane.id(), 2);

        List<AuditEntry> entries = catalog.audit.list(ADMIN, 0, 10);

        assertEquals(List.of("delete", "update", "create"), entries.stream().map(AuditEntry::action).toList());
        entries.forEach(entry -> assertEquals("champion", entry.subjectType()));
        entries.forEach(entry -> assertEquals(jane.id(), entry.subjectId()));
        assertNull(entries.get(0).afterJson());
    }

    @Test
    public void onlyAdminsChangeTheRosterAndOnlyLoggedInUsersSeeIt() {
        Champion jane = champions.create(ADMIN, term("jane-key", "Support", "2026-01-01", null));

        assertThrows(ForbiddenException.class, () -> champions.create(AGENT, term("me", "Sales", "2026-01-01", null)));
        assertThrows(ForbiddenException.class, () -> champions.update(AGENT, jane.id(),
                term("me", "Sales", "2026-01-01", null), 1));
        assertThrows(ForbiddenException.class, () -> champions.delete(AGENT, jane.id(), 1));
        assertThrows(NotLoggedInException.class, () -> champions.list(ANONYMOUS, null));
        assertEquals(List.of(jane), champions.list(AGENT, null));
    }

    @Test
    public void anUnknownTermIsNotFound() {
        NotFoundException error = assertThrows(NotFoundException.class, () -> champions.update(ADMIN, 4711,
                term("jane-key", "Support", "2026-01-01", null), 1));

        assertEquals("cx-align.champion.not-found", error.getMessageKey());
        assertEquals(List.of("4711"), error.getArguments());
    }
}
