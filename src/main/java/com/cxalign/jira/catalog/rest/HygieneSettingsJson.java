package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.model.HygieneThresholds;

/** The hygiene thresholds as the REST API shows them; version 0 means the defaults were never changed. */
public record HygieneSettingsJson(int metricCap, int staleDays, int version) {

    static HygieneSettingsJson of(HygieneThresholds thresholds) {
        return new HygieneSettingsJson(thresholds.metricCap(), thresholds.staleDays(), thresholds.version());
    }
}
