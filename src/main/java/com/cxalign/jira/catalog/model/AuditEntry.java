package com.cxalign.jira.catalog.model;

import java.time.Instant;

/** One change to the catalogue: who made it, when, to what, and the thing before and after as JSON. */
public record AuditEntry(int id, String actorKey, Instant occurredAt, String subjectType, int subjectId,
                         String action, String beforeJson, String afterJson) {
}
