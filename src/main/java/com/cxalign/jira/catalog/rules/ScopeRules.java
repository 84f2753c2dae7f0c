package com.cxalign.jira.catalog.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a goal's scope must be: real project ids and department names, each once (departments ignoring case), and not
 * so many that the goal stops meaning anything. The scope is checked as a whole; every wrong entry is reported by its
 * position ({@code departments[2]}), so that nothing is stored unless all of it is right.
 */
public final class ScopeRules {

    /** A goal that applies to more than a hundred projects or departments applies to everything, i.e. to nothing. */
    public static final int MAX_ENTRIES = 100;

    private static final String REQUIRED = "cx-align.field.required";
    private static final String TOO_MANY = "cx-align.scope.too-many";
    private static final String DUPLICATE = "cx-align.scope.duplicate";

    private ScopeRules() {
    }

    /** The checked scope: project ids ascending, departments trimmed and in alphabetical order. */
    public static ScopeDraft check(ScopeDraft draft) {
        FieldChecks checks = new FieldChecks();
        List<Long> projectIds = projectIds(checks, draft.projectIds());
        List<String> departments = departments(checks, draft.departments());
        checks.throwIfAny();
        return new ScopeDraft(projectIds, departments);
    }

    private static List<Long> projectIds(FieldChecks checks, List<Long> ids) {
        if (!sized(checks, "projectIds", ids)) {
            return List.of();
        }
        TreeSet<Long> seen = new TreeSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "projectIds[" + i + "]";
            Long id = ids.get(i);
            if (id == null) {
                checks.error(field, REQUIRED);
            } else if (id < 1) {
                checks.error(field, "cx-align.scope.project-id");
            } else if (!seen.add(id)) {
                checks.error(field, DUPLICATE);
            }
        }
        return List.copyOf(seen);
    }

    private static List<String> departments(FieldChecks checks, List<String> names) {
        if (!sized(checks, "departments", names)) {
            return List.of();
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String field = "departments[" + i + "]";
            String name = checks.text(field, names.get(i), Departments.MAX_LENGTH, true);
            if (name != null && byKey.putIfAbsent(Departments.key(name), name) != null) {
                checks.error(field, DUPLICATE);
            }
        }
        List<String> sorted = new ArrayList<>(byKey.values());
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        return List.copyOf(sorted);
    }

    private static boolean sized(FieldChecks checks, String field, List<?> entries) {
        if (entries == null) {
            checks.error(field, REQUIRED);
            return false;
        }
        if (entries.size() > MAX_ENTRIES) {
            checks.error(field, TOO_MANY, MAX_ENTRIES);
            return false;
        }
        return true;
    }
}
