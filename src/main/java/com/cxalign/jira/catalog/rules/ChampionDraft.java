package com.cxalign.jira.catalog.rules;

/** A champion's term as an admin submits it, unchecked; dates as ISO text (yyyy-mm-dd), {@code endsOn} optional. */
public record ChampionDraft(String userKey, String department, String startsOn, String endsOn) {
}
