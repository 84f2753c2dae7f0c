package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static com.cxalign.jira.catalog.Catalog.ANONYMOUS;
import static com.cxalign.jira.catalog.Catalog.goal;
import static com.cxalign.jira.catalog.Catalog.nps;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.rules.GoalDraft;
import com.cxalign.jira.dashboard.store.InitiativeRowEntity;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.errors.NotLoggedInException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(DatabaseTest.class)
public class GoalServiceTest {

    @Rule
    public Catalog catalog = new Catalog();

    @Test
    public void createdGoalsAreListedInDisplayOrderWithVersionOne() {
        Goal churn = catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));
        Goal contacts = catalog.goals.create(ADMIN, new GoalDraft("Fewer repeat contacts", null, null, 5));

        assertEquals(List.of(contacts, churn), catalog.goals.list(AGENT, false));
        assertEquals(1, churn.version());
        assertEquals(CatalogStatus.ACTIVE, churn.status());
        assertEquals("Why this goal matters.", catalog.goals.get(AGENT, churn.id()).description());
    }

    @Test
    public void twoActiveGoalsCannotShareANameWhateverItsCase() {
        catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));

        ValidationException error = assertThrows(ValidationException.class,
                () -> catalog.goals.create(ADMIN, goal("  REDUCE ONBOARDING CHURN ")));

        assertEquals("name", error.getFieldErrors().get(0).field());
        assertEquals("cx-align.goal.name.taken", error.getFieldErrors().get(0).messageKey());
        assertEquals(1, catalog.goals.list(ADMIN, true).size());
    }

    @Test
    public void theNameOfAnArchivedGoalCanBeReusedButTheOldGoalThenCannotBeRestored() {
        Goal old = catalog.goals.create(ADMIN, goal("Grow repeat orders"));
        Goal archived = catalog.goals.archive(ADMIN, old.id(), 1);
        catalog.goals.create(ADMIN, goal("Grow repeat orders"));

        assertThrows(ValidationException.class, () -> catalog.goals.restore(ADMIN, old.id(), archived.version()));
        assertEquals(CatalogStatus.ARCHIVED, catalog.goals.get(ADMIN, old.id()).status());
    }

    @Test
    public void archivedGoalsLeaveTheDefaultListAndComeBackWhenRestored() {
        Goal created = catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));

        Goal archived = catalog.goals.archive(ADMIN, created.id(), created.version());
        assertEquals(List.of(), catalog.goals.list(AGENT, false));
        assertEquals(List.of(archived), catalog.goals.list(AGENT, true));

        Goal restored = catalog.goals.restore(ADMIN, created.id(), archived.version());
        assertEquals(CatalogStatus.ACTIVE, restored.status());
        assertEquals(3, restored.version());
    }

    @Test
    public void anEditBasedOnAnOldVersionIsAConflictAndChangesNothing() {
        Goal created = catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));
        catalog.goals.update(ADMIN, created.id(), goal("Reduce churn in the first 30 days"), 1);

        assertThrows(ConflictException.class,
                () -> catalog.goals.update(ADMIN, created.id(), goal("Lost update"), 1));
        assertEquals("Reduce churn in the first 30 days", catalog.goals.get(ADMIN, created.id()).name());
    }

    @Test
    public void deletingAGoalRemovesItsMetricLinksButNotTheMetrics() {
        Goal created = catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));
        int metric = catalog.metrics.create(ADMIN, nps("Onboarding NPS", "owner-key")).id();
        catalog.links.link(ADMIN, created.id(), metric);

        catalog.goals.delete(ADMIN, created.id(), 1);

        assertThrows(NotFoundException.class, () -> catalog.goals.get(ADMIN, created.id()));
        assertEquals(List.of(), catalog.links.goalIdsOf(ADMIN, metric));
        assertEquals("Onboarding NPS", catalog.metrics.get(ADMIN, metric).name());
    }

    @Test
    public void aGoalThatInitiativesNameCannotBeDeletedAndStaysWithItsLinks() {
        Goal created = catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));
        int metric = catalog.metrics.create(ADMIN, nps("Onboarding NPS", "owner-key")).id();
        catalog.links.link(ADMIN, created.id(), metric);
        catalog.initiativeNaming(10001L, created.id(), metric);
        catalog.initiativeNaming(10002L, created.id(), null);
        catalog.initiativeNaming(10003L, null, null);

        ConflictException error = assertThrows(ConflictException.class,
                () -> catalog.goals.delete(ADMIN, created.id(), 1));

        assertEquals("cx-align.goal.delete.named-by-initiatives", error.getMessageKey());
        assertEquals(List.of("Reduce onboarding churn", "2"), error.getArguments());
        assertEquals(created, catalog.goals.get(ADMIN, created.id()));
        assertEquals(List.of(created.id()), catalog.links.goalIdsOf(ADMIN, metric));
    }

    @Test
    public void aGoalCanBeDeletedOnceNoInitiativeNamesItAnyMore() {
        Goal created = catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));
        Goal other = catalog.goals.create(ADMIN, goal("Faster answers"));
        InitiativeRowEntity naming = catalog.initiativeNaming(10001L, created.id(), null);
        catalog.initiativeNaming(10002L, other.id(), null);
        assertThrows(ConflictException.class, () -> catalog.goals.delete(ADMIN, created.id(), 1));

        catalog.ao().activeObjects().delete(naming);
        catalog.goals.delete(ADMIN, created.id(), 1);

        assertThrows(NotFoundException.class, () -> catalog.goals.get(ADMIN, created.id()));
    }

    @Test
    public void onlyAdminsChangeGoalsAndOnlyLoggedInUsersSeeThem() {
        Goal created = catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));

        assertThrows(ForbiddenException.class, () -> catalog.goals.create(AGENT, goal("Mine")));
        assertThrows(ForbiddenException.class, () -> catalog.goals.archive(AGENT, created.id(), 1));
        assertThrows(ForbiddenException.class, () -> catalog.goals.delete(AGENT, created.id(), 1));
        assertThrows(NotLoggedInException.class, () -> catalog.goals.list(ANONYMOUS, false));
        assertEquals(List.of(created), catalog.goals.list(ADMIN, true));
    }

    @Test
    public void anUnknownGoalIsNotFound() {
        NotFoundException error = assertThrows(NotFoundException.class, () -> catalog.goals.get(AGENT, 4711));

        assertEquals("cx-align.goal.not-found", error.getMessageKey());
        assertEquals(List.of("4711"), error.getArguments());
    }
}
