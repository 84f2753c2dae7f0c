package com.cxalign.jira.catalog.model;

/** A business goal that CX work serves, e.g. "Reduce onboarding churn". */
public record Goal(int id, String name, String description, String ownerKey, CatalogStatus status,
                   int displayOrder, int version) {
}
