package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.model.AuditEntry;

/** One audit log entry; before and after are JSON documents in strings, as stored. */
public record AuditEntryJson(int id, String actorKey, String occurredAt, String subjectType, int subjectId,
                             String action, String before, String after) {

    static AuditEntryJson of(AuditEntry entry) {
        return new AuditEntryJson(entry.id(), entry.actorKey(), entry.occurredAt().toString(), entry.subjectType(),
                entry.subjectId(), entry.action(), entry.beforeJson(), entry.afterJson());
    }
}
