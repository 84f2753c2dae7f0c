package com.cxalign.jira.catalog;

import com.cxalign.jira.catalog.config.CheckedConfig.ImportedGoal;
import com.cxalign.jira.catalog.config.ConfigDocumentRules;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.rules.GoalDraft;
import com.cxalign.jira.catalog.store.GoalEntity;
import com.cxalign.jira.catalog.store.GoalScopeEntity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The goals of an imported document: matched to existing goals by name, then created or brought in line, with the
 * departments of their scope (the scope's projects are instance-specific and stay as they are). An entry without a
 * display order keeps the goal's current place (a new goal goes last); one without departments keeps the goal's.
 * Unlike a scope edit, an import may set the departments of an archived goal: the file describes a state.
 */
final class GoalImport extends NamedItemImport<ImportedGoal, GoalEntity, GoalImport.AuditedGoal> {

    /** A scope row names a project or a department; these are the department rows. */
    private static final String DEPARTMENT_ROWS = "DEPARTMENT IS NOT NULL";

    /** Goal id → the departments of its scope, alphabetical; loaded once, kept current as the import writes. */
    private final Map<Integer, List<String>> departments = new HashMap<>();

    GoalImport(ImportRun run) {
        super(run, "goal", GoalEntity.class, GoalEntity::getName, "cx-align.config.goal.ambiguous");
        for (GoalScopeEntity row : run.ao.find(GoalScopeEntity.class, Query.select().where(DEPARTMENT_ROWS))) {
            departments.computeIfAbsent(row.getGoalId(), id -> new ArrayList<>()).add(row.getDepartment());
        }
        departments.values().forEach(names -> names.sort(String.CASE_INSENSITIVE_ORDER));
    }

    /**
     * A goal as the audit log records an imported change: the goal and its departments in one entry, since the scope
     * is part of the goal (it shares the goal's version).
     */
    record AuditedGoal(int id, String name, String description, String ownerKey, CatalogStatus status,
                       int displayOrder, int version, List<String> departments) {

        static AuditedGoal of(Goal goal, List<String> departments) {
            return new AuditedGoal(goal.id(), goal.name(), goal.description(), goal.ownerKey(), goal.status(),
                    goal.displayOrder(), goal.version(), departments);
        }
    }

    @Override
    AuditedGoal view(GoalEntity row) {
        return AuditedGoal.of(GoalService.toGoal(row), departmentsOf(row.getID()));
    }

    /** Inserted as GoalService.create inserts: the NOT NULL columns with the INSERT, the rest saved after. */
    @Override
    GoalEntity insert(ImportedGoal goal) {
        GoalDraft draft = goal.goal();
        int order = draft.displayOrder() == null ? nextDisplayOrder() : draft.displayOrder();
        GoalEntity row = run.ao.create(GoalEntity.class, new DBParam("NAME", draft.name()),
                new DBParam("NAME_KEY", ConfigDocumentRules.nameKey(draft.name())),
                new DBParam("STATUS", goal.status().name()), new DBParam("DISPLAY_ORDER", order),
                new DBParam("ROW_VERSION", 1));
        row.setDescription(draft.description());
        row.setOwnerKey(draft.ownerKey());
        row.setUpdatedAt(run.now());
        row.save();
        replaceDepartments(row.getID(), goal.departments());
        return row;
    }

    @Override
    boolean matchesDocument(GoalEntity row, ImportedGoal goal) {
        GoalDraft draft = goal.goal();
        return draft.name().equals(row.getName())
                && Objects.equals(draft.description(), row.getDescription())
                && Objects.equals(draft.ownerKey(), row.getOwnerKey())
                && goal.status().name().equals(row.getStatus())
                && (draft.displayOrder() == null || draft.displayOrder() == row.getDisplayOrder())
                && (goal.departments() == null || goal.departments().equals(departmentsOf(row.getID())));
    }

    @Override
    void write(GoalEntity row, ImportedGoal goal) {
        GoalDraft draft = goal.goal();
        row.setName(draft.name());
        row.setNameKey(ConfigDocumentRules.nameKey(draft.name()));
        row.setDescription(draft.description());
        row.setOwnerKey(draft.ownerKey());
        row.setStatus(goal.status().name());
        if (draft.displayOrder() != null) {
            row.setDisplayOrder(draft.displayOrder());
        }
        if (!Objects.equals(goal.departments(), departmentsOf(row.getID()))) {
            replaceDepartments(row.getID(), goal.departments());
        }
    }

    /** Replaces the department rows of the goal's scope, as GoalScopes stores them; null changes nothing. */
    private void replaceDepartments(int goalId, List<String> names) {
        if (names == null) {
            return;
        }
        run.ao.deleteWithSQL(GoalScopeEntity.class, "GOAL_ID = ? AND " + DEPARTMENT_ROWS, goalId);
        for (String department : names) {
            run.ao.create(GoalScopeEntity.class, new DBParam("GOAL_ID", goalId),
                    new DBParam("DEPARTMENT", department));
        }
        departments.put(goalId, new ArrayList<>(names));
    }

    private List<String> departmentsOf(int goalId) {
        return List.copyOf(departments.getOrDefault(goalId, List.of()));
    }

    /** As GoalService places a new goal: after the last one. Sees the goals this import has already created. */
    private int nextDisplayOrder() {
        GoalEntity[] last = run.ao.find(GoalEntity.class, Query.select().order("DISPLAY_ORDER DESC").limit(1));
        return last.length == 0 ? 10 : last[0].getDisplayOrder() + 10;
    }
}
