package com.cxalign.jira.catalog.rules;

/** The hygiene thresholds as an admin submits them, unchecked; both are required. */
public record HygieneSettingsDraft(Integer metricCap, Integer staleDays) {
}
