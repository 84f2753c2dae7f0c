package com.cxalign.jira.catalog.model;

/** Goals and metrics are never silently deleted: what is no longer pursued is archived. */
public enum CatalogStatus {
    ACTIVE,
    ARCHIVED
}
