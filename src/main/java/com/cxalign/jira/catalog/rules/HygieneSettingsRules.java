package com.cxalign.jira.catalog.rules;

/**
 * Sensible hygiene thresholds. A cap of 1 to 20 metrics per goal: a goal needs at least one, and with more than
 * twenty nobody asks what each one means. A stale period of a week to two years: metrics read quarterly or yearly
 * must not be flagged every month, and one unread for two years is not being used.
 */
public final class HygieneSettingsRules {

    public static final int MIN_CAP = 1;
    public static final int MAX_CAP = 20;
    public static final int MIN_STALE_DAYS = 7;
    public static final int MAX_STALE_DAYS = 730;

    private HygieneSettingsRules() {
    }

    public static HygieneSettingsDraft check(HygieneSettingsDraft draft) {
        FieldChecks checks = new FieldChecks();
        whole(checks, "metricCap", draft.metricCap(), MIN_CAP, MAX_CAP);
        whole(checks, "staleDays", draft.staleDays(), MIN_STALE_DAYS, MAX_STALE_DAYS);
        checks.throwIfAny();
        return draft;
    }

    private static void whole(FieldChecks checks, String field, Integer value, int min, int max) {
        if (value == null) {
            checks.error(field, "cx-align.field.required");
        } else if (value < min || value > max) {
            checks.error(field, "cx-align.field.between", min, max);
        }
    }
}
