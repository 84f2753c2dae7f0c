package com.cxalign.jira.catalog.rules;

import java.time.LocalDate;

/** A champion's term after {@link ChampionRules#check}: complete, trimmed, dates in order. */
public record CheckedChampion(String userKey, String department, LocalDate startsOn, LocalDate endsOn) {
}
