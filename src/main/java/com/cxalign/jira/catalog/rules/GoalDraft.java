package com.cxalign.jira.catalog.rules;

/** A goal as an admin submits it, unchecked. {@code displayOrder} may be null (goes last). */
public record GoalDraft(String name, String description, String ownerKey, Integer displayOrder) {
}
