package com.cxalign.jira.catalog.config;

import com.cxalign.jira.catalog.rules.CheckedChampion;
import com.cxalign.jira.catalog.rules.Departments;
import com.cxalign.jira.platform.errors.FieldError;

import java.util.Objects;

/**
 * The roster's rules between two champion terms, as ChampionService applies them to a single edit: one person's terms
 * for one department (ignoring case) never overlap, and a person, a department and a start day identify a term.
 */
public final class ChampionTerms {

    private ChampionTerms() {
    }

    /** Whether the two terms are the same person in the same department at overlapping times. */
    public static boolean clash(CheckedChampion term, CheckedChampion other) {
        return term.userKey().equals(other.userKey())
                && Departments.key(term.department()).equals(Departments.key(other.department()))
                && (other.endsOn() == null || !term.startsOn().isAfter(other.endsOn()))
                && (term.endsOn() == null || !other.startsOn().isAfter(term.endsOn()));
    }

    /** Whether both identify the same term (they may still differ in end day or in the department's spelling). */
    public static boolean sameTerm(CheckedChampion term, CheckedChampion other) {
        return term.userKey().equals(other.userKey())
                && Departments.key(term.department()).equals(Departments.key(other.department()))
                && Objects.equals(term.startsOn(), other.startsOn());
    }

    /** The roster's own message for a term that overlaps {@code other}, under {@code field}. */
    public static FieldError overlap(String field, CheckedChampion other) {
        return other.endsOn() == null
                ? FieldError.of(field, "cx-align.champion.overlap.open", other.department(), other.startsOn())
                : FieldError.of(field, "cx-align.champion.overlap", other.department(), other.startsOn(),
                        other.endsOn());
    }
}
