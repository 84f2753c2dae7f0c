package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static com.cxalign.jira.catalog.Catalog.goal;
import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.model.AuditEntry;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.time.Duration;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(DatabaseTest.class)
public class AuditLogTest {

    @Rule
    public Catalog catalog = new Catalog();

    @Test
    public void everyChangeIsRecordedNewestFirstWithWhoWhenAndTheStateBeforeAndAfter() {
        Goal goal = catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));
        catalog.clock.advance(Duration.ofMinutes(5));
        catalog.goals.archive(ADMIN, goal.id(), 1);

        List<AuditEntry> entries = catalog.audit.list(ADMIN, 0, 10);

        assertEquals(List.of("archive", "create"), entries.stream().map(AuditEntry::action).toList());
        AuditEntry archive = entries.get(0);
        assertEquals("admin-key", archive.actorKey());
        assertEquals(catalog.clock.instant(), archive.occurredAt());
        assertEquals("goal", archive.subjectType());
        assertEquals(goal.id(), archive.subjectId());
        assertThat(archive.beforeJson(), containsString("\"status\":\"ACTIVE\""));
        assertThat(archive.afterJson(), containsString("\"status\":\"ARCHIVED\""));
        assertNull(entries.get(1).beforeJson());
    }

    @Test
    public void theLogIsPagedAndOnlyForAdmins() {
        for (int i = 0; i < 5; i++) {
            catalog.goals.create(ADMIN, goal("Goal " + i));
            catalog.clock.advance(Duration.ofSeconds(1));
        }

        List<AuditEntry> page = catalog.audit.list(ADMIN, 1, 2);
        assertEquals(2, page.size());
        assertThat(page.get(0).afterJson(), containsString("Goal 3"));
        assertThat(page.get(1).afterJson(), containsString("Goal 2"));
        assertThrows(ForbiddenException.class, () -> catalog.audit.list(AGENT, 0, 10));
    }
}
