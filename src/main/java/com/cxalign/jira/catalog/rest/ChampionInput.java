package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.rules.ChampionDraft;

/** The body of a champion's term, new or changed; {@code version} is required for changes. */
public record ChampionInput(String userKey, String department, String startsOn, String endsOn, Integer version) {

    ChampionDraft draft() {
        return new ChampionDraft(userKey, department, startsOn, endsOn);
    }
}
