package com.cxalign.jira.catalog.rules;

import java.time.LocalDate;

/**
 * What a champion's term must have: a person (Jira user key), a department and a start date; an end date, if any,
 * not before the start. Whether terms overlap is the store's to check, since it needs the other terms.
 */
public final class ChampionRules {

    /** Dates outside these are typing mistakes (0026 for 2026), and some databases cannot store far-off years. */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private ChampionRules() {
    }

    public static CheckedChampion check(ChampionDraft draft) {
        FieldChecks checks = new FieldChecks();
        String userKey = checks.text("userKey", draft.userKey(), Limits.USER_KEY, true);
        String department = checks.text("department", draft.department(), Departments.MAX_LENGTH, true);
        LocalDate startsOn = day(checks, "startsOn", draft.startsOn(), true);
        LocalDate endsOn = day(checks, "endsOn", draft.endsOn(), false);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            checks.error("endsOn", "cx-align.champion.dates.order");
        }
        checks.throwIfAny();
        return new CheckedChampion(userKey, department, startsOn, endsOn);
    }

    /** The day of {@code ?activeOn=}, or null when none is asked for (then every term is listed). */
    public static LocalDate activeOn(String value) {
        FieldChecks checks = new FieldChecks();
        LocalDate day = day(checks, "activeOn", value, false);
        checks.throwIfAny();
        return day;
    }

    private static LocalDate day(FieldChecks checks, String field, String value, boolean required) {
        LocalDate day = checks.date(field, value, required);
        if (day != null && (day.isBefore(EARLIEST) || day.isAfter(LATEST))) {
            checks.error(field, "cx-align.champion.date.range", EARLIEST, LATEST);
            return null;
        }
        return day;
    }
}
