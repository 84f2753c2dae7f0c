package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static com.cxalign.jira.catalog.Catalog.ANONYMOUS;
import static com.cxalign.jira.catalog.Catalog.goal;
import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.model.AuditEntry;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.GoalScope;
import com.cxalign.jira.catalog.rules.ScopeDraft;
import com.cxalign.jira.catalog.store.GoalScopeEntity;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.errors.NotLoggedInException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.util.Arrays;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(DatabaseTest.class)
public class GoalScopesTest {

    @Rule
    public Catalog catalog = new Catalog();

    private AlignmentServices alignment;
    private Goal goal;

    @Before
    public void createGoal() {
        alignment = AlignmentServices.over(catalog);
        goal = catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));
    }

    private static ScopeDraft scope(List<Long> projectIds, String... departments) {
        return new ScopeDraft(projectIds, Arrays.asList(departments));
    }

    @Test
    public void aNewGoalAppliesNowhereInParticular() {
        assertEquals(new GoalScope(goal.id(), 1, List.of(), List.of()), alignment.scopes.get(AGENT, goal.id()));
    }

    @Test
    public void anAdminSetsTheProjectsAndDepartmentsAGoalAppliesToAndEveryUserReadsThem() {
        GoalScope saved = alignment.scopes.replace(ADMIN, goal.id(),
                scope(List.of(10200L, 10000L), "Support", "Sales"), 1);

        GoalScope expected = new GoalScope(goal.id(), 2, List.of(10000L, 10200L), List.of("Sales", "Support"));
        assertEquals(expected, saved);
        assertEquals(expected, alignment.scopes.get(AGENT, goal.id()));
    }

    @Test
    public void replacingTheScopeRemovesWhatTheNewOneLeavesOut() {
        alignment.scopes.replace(ADMIN, goal.id(), scope(List.of(10000L, 10200L), "Support", "Sales"), 1);

        GoalScope saved = alignment.scopes.replace(ADMIN, goal.id(), scope(List.of(10200L), "Finance"), 2);

        assertEquals(List.of(10200L), saved.projectIds());
        assertEquals(List.of("Finance"), saved.departments());
        assertEquals(saved, alignment.scopes.get(AGENT, goal.id()));
    }

    @Test
    public void theScopeIsPartOfTheGoalSoChangingItRaisesTheGoalsVersion() {
        alignment.scopes.replace(ADMIN, goal.id(), scope(List.of(10000L)), 1);

        assertEquals(2, catalog.goals.get(ADMIN, goal.id()).version());
        assertThrows(ConflictException.class,
                () -> catalog.goals.update(ADMIN, goal.id(), goal("Edit based on the old version"), 1));
    }

    @Test
    public void aScopeBasedOnAnOldGoalVersionIsAConflictAndChangesNothing() {
        catalog.goals.update(ADMIN, goal.id(), goal("Reduce churn in the first 30 days"), 1);

        assertThrows(ConflictException.class,
                () -> alignment.scopes.replace(ADMIN, goal.id(), scope(List.of(10000L), "Sales"), 1));
        assertEquals(new GoalScope(goal.id(), 2, List.of(), List.of()), alignment.scopes.get(ADMIN, goal.id()));
    }

    @Test
    public void savingTheSameScopeAgainChangesNothingAndIsNotAudited() {
        alignment.scopes.replace(ADMIN, goal.id(), scope(List.of(10000L), "Sales"), 1);
        int auditEntries = catalog.audit.list(ADMIN, 0, 100).size();

        GoalScope again = alignment.scopes.replace(ADMIN, goal.id(), scope(List.of(10000L), " Sales "), 2);

        assertEquals(2, again.goalVersion());
        assertEquals(auditEntries, catalog.audit.list(ADMIN, 0, 100).size());
    }

    @Test
    public void everyChangeIsAuditedWithTheScopeBeforeAndAfter() {
        alignment.scopes.replace(ADMIN, goal.id(), scope(List.of(10000L), "Sales"), 1);

        AuditEntry entry = catalog.audit.list(ADMIN, 0, 1).get(0);

        assertEquals("goal-scope", entry.subjectType());
        assertEquals(goal.id(), entry.subjectId());
        assertEquals("replace", entry.action());
        assertThat(entry.beforeJson(), containsString("\"departments\":\"[]\""));
        assertThat(entry.afterJson(), containsString("\"departments\":\"[Sales]\""));
        assertThat(entry.afterJson(), containsString("\"projectIds\":\"[10000]\""));
    }

    @Test
    public void anInvalidScopeIsRefusedAsAWholeAndNothingIsStored() {
        alignment.scopes.replace(ADMIN, goal.id(), scope(List.of(10000L), "Sales"), 1);

        ValidationException error = assertThrows(ValidationException.class, () -> alignment.scopes.replace(ADMIN,
                goal.id(), scope(List.of(10200L, -5L), "Finance", "finance"), 2));

        assertEquals(2, error.getFieldErrors().size());
        assertEquals(new GoalScope(goal.id(), 2, List.of(10000L), List.of("Sales")),
                alignment.scopes.get(ADMIN, goal.id()));
    }

    @Test
    public void theScopeOfAnArchivedGoalCannotChange() {
        catalog.goals.archive(ADMIN, goal.id(), 1);

        ConflictException error = assertThrows(ConflictException.class,
                () -> alignment.scopes.replace(ADMIN, goal.id(), scope(List.of(10000L)), 2));

        assertEquals("cx-align.scope.goal-archived", error.getMessageKey());
        assertEquals(List.of(), alignment.scopes.get(ADMIN, goal.id()).projectIds());
    }

    @Test
    public void scopesOfDifferentGoalsAreKeptApart() {
        Goal other = catalog.goals.create(ADMIN, goal("Grow repeat orders"));
        alignment.scopes.replace(ADMIN, goal.id(), scope(List.of(10000L), "Support"), 1);
        alignment.scopes.replace(ADMIN, other.id(), scope(List.of(10000L), "Sales"), 1);

        assertEquals(List.of("Support"), alignment.scopes.get(AGENT, goal.id()).departments());
        assertEquals(List.of("Sales"), alignment.scopes.get(AGENT, other.id()).departments());
    }

    @Test
    public void onlyAdminsChangeScopesAndOnlyLoggedInUsersSeeThem() {
        assertThrows(ForbiddenException.class,
                () -> alignment.scopes.replace(AGENT, goal.id(), scope(List.of(10000L)), 1));
        assertThrows(NotLoggedInException.class, () -> alignment.scopes.get(ANONYMOUS, goal.id()));
        assertEquals(List.of(), alignment.scopes.get(ADMIN, goal.id()).projectIds());
    }

    @Test
    public void theScopeOfAnUnknownGoalIsNotFound() {
        assertThrows(NotFoundException.class, () -> alignment.scopes.get(AGENT, 4711));
        assertThrows(NotFoundException.class, () -> alignment.scopes.replace(ADMIN, 4711, scope(List.of()), 1));
    }

    @Test
    public void deletingAGoalDeletesItsScopeToo() {
        alignment.scopes.replace(ADMIN, goal.id(), scope(List.of(10000L), "Support"), 1);

        catalog.goals.delete(ADMIN, goal.id(), 2);

        assertEquals(0, catalog.ao().activeObjects().count(GoalScopeEntity.class));
    }
}
