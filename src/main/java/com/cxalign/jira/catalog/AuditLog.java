package com.cxalign.jira.catalog;

import com.cxalign.jira.catalog.model.AuditEntry;
import com.cxalign.jira.catalog.store.AuditEntryEntity;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;
import com.atlassian.activeobjects.external.ActiveObjects;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** Records every change to the catalogue (who, when, what, before and after) and shows it to admins. */
public class AuditLog {

    public static final int MAX_PAGE = 200;

    private final ActiveObjects ao;
    private final Clock clock;

    public AuditLog(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    /** Call inside the transaction that makes the change, so that the change and its record stand or fall together. */
    void record(Actor actor, String subjectType, int subjectId, String action, Record before, Record after) {
        ao.create(AuditEntryEntity.class,
                new DBParam("ACTOR_KEY", actor.userKey()),
                new DBParam("OCCURRED_AT", StoredValues.instant(clock.instant())),
                new DBParam("SUBJECT_TYPE", subjectType),
                new DBParam("SUBJECT_ID", subjectId),
                new DBParam("OPERATION", action),
                new DBParam("BEFORE_JSON", RecordJson.of(before)),
                new DBParam("AFTER_JSON", RecordJson.of(after)));
    }

    /** Newest first, {@code limit} entries from {@code start}. Admins only. */
    public List<AuditEntry> list(Actor actor, int start, int limit) {
        Access.requireAdmin(actor);
        Query query = Query.select().order("OCCURRED_AT DESC, ID DESC")
                .offset(Math.max(0, start)).limit(Math.max(1, Math.min(limit, MAX_PAGE)));
        return Arrays.stream(ao.find(AuditEntryEntity.class, query))
                .map(e -> new AuditEntry(e.getID(), e.getActorKey(), StoredValues.instant(e.getOccurredAt()),
                        e.getSubjectType(), e.getSubjectId(), e.getOperation(), e.getBeforeJson(), e.getAfterJson()))
                .toList();
    }
}
