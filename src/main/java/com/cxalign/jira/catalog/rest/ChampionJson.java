package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.model.Champion;

/** A champion's term as the REST API shows it; days as yyyy-mm-dd, {@code endsOn} null while open. */
public record ChampionJson(int id, String userKey, String department, String startsOn, String endsOn, int version) {

    static ChampionJson of(Champion champion) {
        return new ChampionJson(champion.id(), champion.userKey(), champion.department(),
                MetricJson.iso(champion.startsOn()), MetricJson.iso(champion.endsOn()), champion.version());
    }
}
