package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.rules.GoalDraft;
import com.cxalign.jira.catalog.rules.GoalRules;
import com.cxalign.jira.catalog.store.GoalEntity;
import com.cxalign.jira.catalog.store.GoalMetricEntity;
import com.cxalign.jira.catalog.store.GoalScopeEntity;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The business goals CX work serves. Logged-in users read them (they pick goals on their initiatives); admins
 * create, edit, archive, restore and delete them. Names are unique among active goals, ignoring case.
 */
public class GoalService {

    private final ActiveObjects ao;
    private final Clock clock;
    private final ItemLifecycle<GoalEntity, Goal> lifecycle;
    private final CatalogUsage usage;

    public GoalService(ActiveObjects ao, AuditLog audit, Clock clock, CatalogChanges changes, CatalogUsage usage) {
        this.ao = ao;
        this.clock = clock;
        this.usage = usage;
        this.lifecycle = new ItemLifecycle<>(ao, audit, clock, GoalEntity.class, "goal",
                "cx-align.goal.not-found", GoalService::toGoal, changes);
    }

    /** Active goals in display order, followed by archived ones when asked for. */
    public List<Goal> list(Actor actor, boolean includeArchived) {
        Access.requireLoggedIn(actor);
        return lifecycle.list(includeArchived, "DISPLAY_ORDER, ID");
    }

    public Goal get(Actor actor, int id) {
        Access.requireLoggedIn(actor);
        return lifecycle.get(id);
    }

    public Goal create(Actor actor, GoalDraft draft) {
        Access.requireAdmin(actor);
        GoalDraft checked = GoalRules.check(draft);
        Goal created = Transactions.write(ao, () -> {
            requireUniqueActiveName(checked.name(), 0);
            int order = checked.displayOrder() == null ? nextDisplayOrder() : checked.displayOrder();
            // The NOT NULL columns go in with the INSERT; the rest follow in the same transaction.
            GoalEntity row = ao.create(GoalEntity.class, new DBParam("NAME", checked.name()),
                    new DBParam("NAME_KEY", nameKey(checked.name())),
                    new DBParam("STATUS", CatalogStatus.ACTIVE.name()),
                    new DBParam("DISPLAY_ORDER", order), new DBParam("ROW_VERSION", 1));
            apply(row, checked, order);
            row.save();
            return lifecycle.created(actor, row);
        });
        lifecycle.published(created.id());
        return created;
    }

    public Goal update(Actor actor, int id, GoalDraft draft, int expectedVersion) {
        Access.requireAdmin(actor);
        GoalDraft checked = GoalRules.check(draft);
        return lifecycle.change(actor, id, expectedVersion, "update", row -> {
            if (CatalogStatus.ACTIVE.name().equals(row.getStatus())) {
                requireUniqueActiveName(checked.name(), id);
            }
            apply(row, checked, checked.displayOrder() == null ? row.getDisplayOrder() : checked.displayOrder());
        });
    }

    /** Archived goals stay on the initiatives that name them, marked archived, but cannot be chosen any more. */
    public Goal archive(Actor actor, int id, int expectedVersion) {
        Access.requireAdmin(actor);
        return lifecycle.archive(actor, id, expectedVersion);
    }

    public Goal restore(Actor actor, int id, int expectedVersion) {
        Access.requireAdmin(actor);
        return lifecycle.restore(actor, id, expectedVersion, row -> requireUniqueActiveName(row.getName(), id));
    }

    /**
     * Deletes a goal with its metric links and scope; the metrics themselves stay. A goal that CX initiatives name
     * must be archived instead.
     */
    public void delete(Actor actor, int id, int expectedVersion) {
        Access.requireAdmin(actor);
        lifecycle.delete(actor, id, expectedVersion, row -> {
            int naming = usage.initiativesNamingGoal(id);
            if (naming > 0) {
                throw new ConflictException("cx-align.goal.delete.named-by-initiatives", row.getName(),
                        String.valueOf(naming));
            }
            ao.deleteWithSQL(GoalMetricEntity.class, "GOAL_ID = ?", id);
            ao.deleteWithSQL(GoalScopeEntity.class, "GOAL_ID = ?", id);
        });
    }

    /** For the rest of the catalogue: the goal, or a 404. */
    Goal require(int id) {
        return lifecycle.get(id);
    }

    private void apply(GoalEntity row, GoalDraft checked, int displayOrder) {
        row.setName(checked.name());
        row.setNameKey(nameKey(checked.name()));
        row.setDescription(checked.description());
        row.setOwnerKey(checked.ownerKey());
        row.setDisplayOrder(displayOrder);
        row.setUpdatedAt(StoredValues.instant(clock.instant()));
    }

    private void requireUniqueActiveName(String name, int exceptId) {
        int clashes = ao.count(GoalEntity.class, Query.select().where("NAME_KEY = ? AND STATUS = ? AND ID <> ?",
                nameKey(name), CatalogStatus.ACTIVE.name(), exceptId));
        if (clashes > 0) {
            throw new ValidationException(List.of(FieldError.of("name", "cx-align.goal.name.taken", name)));
        }
    }

    private int nextDisplayOrder() {
        GoalEntity[] last = ao.find(GoalEntity.class, Query.select().order("DISPLAY_ORDER DESC").limit(1));
        return last.length == 0 ? 10 : last[0].getDisplayOrder() + 10;
    }

    private static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static Goal toGoal(GoalEntity row) {
        return new Goal(row.getID(), row.getName(), row.getDescription(), row.getOwnerKey(),
                CatalogStatus.valueOf(row.getStatus()), row.getDisplayOrder(), row.getRowVersion());
    }
}
