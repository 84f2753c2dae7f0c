package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.rules.HygieneSettingsDraft;

/** The body of a change of the hygiene thresholds, with the version the admin saw (0 while never changed). */
public record HygieneSettingsInput(Integer metricCap, Integer staleDays, Integer version) {

    HygieneSettingsDraft draft() {
        return new HygieneSettingsDraft(metricCap, staleDays);
    }
}
