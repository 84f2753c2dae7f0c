package com.cxalign.jira.catalog.rules;

/** A mission needs both statements: a mission nobody can measure progress toward is only a slogan. */
public final class MissionRules {

    private MissionRules() {
    }

    public static MissionDraft check(MissionDraft draft) {
        FieldChecks checks = new FieldChecks();
        String statement = checks.text("statement", draft.statement(), Limits.STATEMENT, true);
        String success = checks.text("successStatement", draft.successStatement(), Limits.STATEMENT, true);
        checks.throwIfAny();
        return new MissionDraft(statement, success);
    }
}
