package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static com.cxalign.jira.catalog.Catalog.ANONYMOUS;
import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.model.AuditEntry;
import com.cxalign.jira.catalog.model.Mission;
import com.cxalign.jira.catalog.rules.MissionDraft;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotLoggedInException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(DatabaseTest.class)
public class MissionServiceTest {

    private static final MissionDraft MISSION = new MissionDraft(
            "Every customer gets a clear answer the first time they ask.",
            "Repeat contacts about the same problem fall below 5% by the end of 2027.");

    @Rule
    public Catalog catalog = new Catalog();

    @Test
    public void beforeAnyoneWritesItTheMissionIsEmptyAtVersionZero() {
        Mission mission = catalog.missions.get(AGENT);

        assertEquals("", mission.statement());
        assertEquals(0, mission.version());
        assertNull(mission.changedBy());
    }

    @Test
    public void anAdminWritesTheMissionAndEveryLoggedInUserReadsIt() {
        catalog.missions.update(ADMIN, MISSION, 0);

        Mission read = catalog.missions.get(AGENT);
        assertEquals(MISSION.statement(), read.statement());
        assertEquals(MISSION.successStatement(), read.successStatement());
        assertEquals("admin-key", read.changedBy());
        assertEquals(catalog.clock.instant(), read.changedAt());
        assertEquals(1, read.version());
    }

    @Test
    public void eachChangeIsAuditedWithTheTextBeforeAndAfter() {
        catalog.missions.update(ADMIN, MISSION, 0);
        catalog.missions.update(ADMIN, new MissionDraft("Be easy to do business with.", MISSION.successStatement()), 1);

        List<AuditEntry> entries = catalog.audit.list(ADMIN, 0, 10);
        assertEquals(2, entries.size());
        AuditEntry latest = entries.get(0);
        assertEquals("mission", latest.subjectType());
        assertEquals("update", latest.action());
        assertThat(latest.beforeJson(), containsString("the first time they ask"));
        assertThat(latest.afterJson(), containsString("Be easy to do business with."));
    }

    @Test
    public void aSaveBasedOnAnOldVersionIsAConflictAndLosesNothing() {
        catalog.missions.update(ADMIN, MISSION, 0);

        assertThrows(ConflictException.class,
                () -> catalog.missions.update(ADMIN, new MissionDraft("Overwritten?", "No."), 0));
        assertEquals(MISSION.statement(), catalog.missions.get(ADMIN).statement());
    }

    @Test
    public void bothStatementsAreRequired() {
        ValidationException error = assertThrows(ValidationException.class,
                () -> catalog.missions.update(ADMIN, new MissionDraft("  ", null), 0));

        Set<String> fields = error.getFieldErrors().stream().map(FieldError::field).collect(Collectors.toSet());
        assertEquals(Set.of("statement", "successStatement"), fields);
        assertEquals(0, catalog.missions.get(ADMIN).version());
    }

    @Test
    public void onlyAdminsChangeTheMissionAndAnonymousVisitorsCannotReadIt() {
        assertThrows(ForbiddenException.class, () -> catalog.missions.update(AGENT, MISSION, 0));
        assertThrows(NotLoggedInException.class, () -> catalog.missions.update(ANONYMOUS, MISSION, 0));
        assertThrows(NotLoggedInException.class, () -> catalog.missions.get(ANONYMOUS));
        assertEquals(0, catalog.missions.get(ADMIN).version());
    }
}
