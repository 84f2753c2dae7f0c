package com.cxalign.jira.catalog.model;

import java.time.LocalDate;

/**
 * A CX champion's term: who advocates for customers in which department, from when, and until when
 * ({@code endsOn} null while the term is open). Ended terms stay, so that rotation can be seen.
 */
public record Champion(int id, String userKey, String department, LocalDate startsOn, LocalDate endsOn, int version) {

    /** Whether the term includes {@code day}; both ends count. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
