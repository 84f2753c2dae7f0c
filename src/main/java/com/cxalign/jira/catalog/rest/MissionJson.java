package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.model.Mission;

/** The mission as the REST API shows it; version 0 means not written yet. */
public record MissionJson(String statement, String successStatement, String changedBy, String changedAt,
                          int version) {

    static MissionJson of(Mission mission) {
        return new MissionJson(mission.statement(), mission.successStatement(), mission.changedBy(),
                mission.changedAt() == null ? null : mission.changedAt().toString(), mission.version());
    }
}
