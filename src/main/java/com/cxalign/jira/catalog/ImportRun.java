package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.security.Actor;

import java.time.Clock;
import java.util.Date;

/**
 * What every part of one configuration import shares, inside its one transaction: the database, who imports, when,
 * and the count of audited changes (one per changed item), which tells whether the import changed anything at all.
 */
final class ImportRun {

    final ActiveObjects ao;
    private final AuditLog audit;
    private final Clock clock;
    private final Actor actor;
    private int changes;

    ImportRun(ActiveObjects ao, AuditLog audit, Clock clock, Actor actor) {
        this.ao = ao;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    /** Audit actions say the change came from an import ("import-update"), so the log explains a bulk change. */
    void audit(String subject, int subjectId, String action, Record before, Record after) {
        audit.record(actor, subject, subjectId, "import-" + action, before, after);
        changes++;
    }

    Date now() {
        return StoredValues.instant(clock.instant());
    }

    String actorKey() {
        return actor.userKey();
    }

    int changes() {
        return changes;
    }
}
