package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.model.Mission;
import com.cxalign.jira.catalog.rules.MissionDraft;
import com.cxalign.jira.catalog.rules.MissionRules;
import com.cxalign.jira.catalog.store.MissionEntity;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.time.Clock;

import net.java.ao.Query;

/** The CX mission: every logged-in user may read it (it is shown next to the work), only admins change it. */
public class MissionService {

    static final String SUBJECT = "mission";

    private final ActiveObjects ao;
    private final AuditLog audit;
    private final Clock clock;
    private final CatalogChanges changes;

    public MissionService(ActiveObjects ao, AuditLog audit, Clock clock, CatalogChanges changes) {
        this.ao = ao;
        this.audit = audit;
        this.clock = clock;
        this.changes = changes;
    }

    public Mission get(Actor actor) {
        Access.requireLoggedIn(actor);
        MissionEntity row = row();
        return row == null ? Mission.empty() : toMission(row);
    }

    /**
     * Replaces both statements.
     *
     * @param expectedVersion the version the admin edited; another admin's later save makes this a conflict
     */
    public Mission update(Actor actor, MissionDraft draft, int expectedVersion) {
        Access.requireAdmin(actor);
        MissionDraft checked = MissionRules.check(draft);
        Mission saved = Transactions.write(ao, () -> {
            MissionEntity row = row();
            Mission before = row == null ? Mission.empty() : toMission(row);
            // One mission, so one claim key whatever its row id: two first saves at once cannot both win.
            Versions.claimNext(ao, SUBJECT, 0, before.version(), expectedVersion);
            if (row == null) {
                row = ao.create(MissionEntity.class);
            }
            row.setStatement(checked.statement());
            row.setSuccessStatement(checked.successStatement());
            row.setChangedBy(actor.userKey());
            row.setChangedAt(StoredValues.instant(clock.instant()));
            row.setRowVersion(before.version() + 1);
            row.save();
            Mission after = toMission(row);
            audit.record(actor, SUBJECT, row.getID(), "update", before, after);
            return after;
        });
        changes.published(SUBJECT, 0);
        return saved;
    }

    private MissionEntity row() {
        MissionEntity[] rows = ao.find(MissionEntity.class, Query.select().order("ID").limit(1));
        return rows.length == 0 ? null : rows[0];
    }

    private static Mission toMission(MissionEntity row) {
        return new Mission(row.getStatement(), row.getSuccessStatement(), row.getChangedBy(),
                StoredValues.instant(row.getChangedAt()), row.getRowVersion());
    }
}
