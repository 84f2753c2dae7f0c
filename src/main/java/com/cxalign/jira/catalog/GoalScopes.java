package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.GoalScope;
import com.cxalign.jira.catalog.rules.ScopeDraft;
import com.cxalign.jira.catalog.rules.ScopeRules;
import com.cxalign.jira.catalog.store.GoalEntity;
import com.cxalign.jira.catalog.store.GoalScopeEntity;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The Jira projects and departments each goal applies to (habit 4: every department aligned). Logged-in users read
 * a goal's scope; admins replace it as a whole, so that what they saw is exactly what is stored. The scope is part of
 * the goal: replacing it needs the goal's current version and raises it, and is audited.
 */
public class GoalScopes {

    private static final String SUBJECT = "goal-scope";
    /** The scope shares the goal's versions, so it claims them under GoalService's subject. */
    private static final String GOAL_SUBJECT = "goal";

    private final ActiveObjects ao;
    private final AuditLog audit;
    private final Clock clock;
    private final GoalService goals;

    public GoalScopes(ActiveObjects ao, AuditLog audit, Clock clock, GoalService goals) {
        this.ao = ao;
        this.audit = audit;
        this.clock = clock;
        this.goals = goals;
    }

    public GoalScope get(Actor actor, int goalId) {
        Access.requireLoggedIn(actor);
        Goal goal = goals.require(goalId);
        return scopeOf(goal.id(), goal.version());
    }

    /**
     * Replaces the goal's projects and departments with those given; empty lists make the goal apply nowhere in
     * particular. A scope equal to the stored one changes nothing (no new version, no audit entry).
     *
     * @param expectedGoalVersion the version of the goal the admin saw
     */
    public GoalScope replace(Actor actor, int goalId, ScopeDraft draft, int expectedGoalVersion) {
        Access.requireAdmin(actor);
        ScopeDraft checked = ScopeRules.check(draft);
        return Transactions.write(ao, () -> {
            Goal goal = goals.require(goalId);
            Versions.requireCurrent(goal.version(), expectedGoalVersion);
            GoalScope before = scopeOf(goalId, goal.version());
            if (sameScope(before, checked)) {
                return before;
            }
            if (goal.status() != CatalogStatus.ACTIVE) {
                throw new ConflictException("cx-align.scope.goal-archived", goal.name());
            }
            Versions.claimNext(ao, GOAL_SUBJECT, goalId, goal.version(), expectedGoalVersion);
            ao.deleteWithSQL(GoalScopeEntity.class, "GOAL_ID = ?", goalId);
            for (Long projectId : checked.projectIds()) {
                ao.create(GoalScopeEntity.class, new DBParam("GOAL_ID", goalId), new DBParam("PROJECT_ID", projectId));
            }
            for (String department : checked.departments()) {
                ao.create(GoalScopeEntity.class, new DBParam("GOAL_ID", goalId), new DBParam("DEPARTMENT", department));
            }
            GoalEntity row = ao.get(GoalEntity.class, goalId);
            row.setRowVersion(goal.version() + 1);
            row.setUpdatedAt(StoredValues.instant(clock.instant()));
            row.save();
            GoalScope after = scopeOf(goalId, row.getRowVersion());
            audit.record(actor, SUBJECT, goalId, "replace", before, after);
            return after;
        });
    }

    /** Exactly the same, departments spelled alike: a change of case is a change an admin meant to make. */
    private static boolean sameScope(GoalScope stored, ScopeDraft checked) {
        return stored.projectIds().equals(checked.projectIds()) && stored.departments().equals(checked.departments());
    }

    /** One query: the goal's rows, projects ascending and departments in alphabetical order. */
    private GoalScope scopeOf(int goalId, int goalVersion) {
        List<Long> projectIds = new ArrayList<>();
        List<String> departments = new ArrayList<>();
        for (GoalScopeEntity row : ao.find(GoalScopeEntity.class, Query.select().where("GOAL_ID = ?", goalId))) {
            if (row.getProjectId() != null) {
                projectIds.add(row.getProjectId());
            } else {
                departments.add(row.getDepartment());
            }
        }
        projectIds.sort(null);
        departments.sort(String.CASE_INSENSITIVE_ORDER);
        return new GoalScope(goalId, goalVersion, projectIds, departments);
    }
}
