package com.cxalign.jira.catalog.rules;

/** What a goal must have. Uniqueness of names is the store's to check, since it needs the other goals. */
public final class GoalRules {

    private GoalRules() {
    }

    public static GoalDraft check(GoalDraft draft) {
        FieldChecks checks = new FieldChecks();
        String name = checks.text("name", draft.name(), Limits.NAME, true);
        String description = checks.text("description", draft.description(), Limits.DESCRIPTION, false);
        String owner = checks.text("ownerKey", draft.ownerKey(), Limits.USER_KEY, false);
        Integer order = draft.displayOrder();
        if (order != null && (order < 0 || order > 100_000)) {
            checks.error("displayOrder", "cx-align.field.between", 0, 100_000);
        }
        checks.throwIfAny();
        return new GoalDraft(name, description, owner, order);
    }
}
