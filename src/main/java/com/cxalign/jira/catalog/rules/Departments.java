package com.cxalign.jira.catalog.rules;

import java.util.Locale;

/**
 * Departments are free text ("Support", "Sales"), so the same department may be typed in different cases; they are
 * compared by {@link #key}, and kept as typed.
 */
public final class Departments {

    /** The DEPARTMENT columns are sized to match. */
    public static final int MAX_LENGTH = 80;

    private Departments() {
    }

    /** The same for every spelling of a department that differs only in case. */
    public static String key(String department) {
        return department.toLowerCase(Locale.ROOT);
    }
}
