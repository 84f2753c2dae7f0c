package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.store.CatalogItemEntity;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.security.Actor;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import net.java.ao.Query;

/**
 * The life of a goal or metric after it is created, the same for both: versioned, audited changes in one transaction,
 * archive and restore, and delete. Each change is accepted only against the version the admin saw.
 */
final class ItemLifecycle<E extends CatalogItemEntity, T extends Record> {

    private final ActiveObjects ao;
    private final AuditLog audit;
    private final Clock clock;
    private final Class<E> type;
    private final String subject;
    private final String notFoundKey;
    private final Function<E, T> view;
    private final CatalogChanges changes;

    ItemLifecycle(ActiveObjects ao, AuditLog audit, Clock clock, Class<E> type, String subject, String notFoundKey,
                  Function<E, T> view, CatalogChanges changes) {
        this.ao = ao;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
        this.type = type;
        this.subject = subject;
        this.notFoundKey = notFoundKey;
        this.view = view;
    }

    /** The row with this id; unknown ids are a 404 that names the kind of thing. */
    E row(int id) {
        E row = ao.get(type, id);
        if (row == null) {
            throw new NotFoundException(notFoundKey, String.valueOf(id));
        }
        return row;
    }

    /** Active items in {@code order}; with archived ones, the active ones first (ACTIVE sorts before ARCHIVED). */
    List<T> list(boolean includeArchived, String order) {
        Query query = includeArchived
                ? Query.select().order("STATUS, " + order)
                : Query.select().where("STATUS = ?", CatalogStatus.ACTIVE.name()).order(order);
        return Arrays.stream(ao.find(type, query)).map(view).toList();
    }

    /** The item with this id, or a 404. */
    T get(int id) {
        return view.apply(row(id));
    }

    /** Records the creation of a row the caller has just inserted, in the caller's transaction. */
    T created(Actor actor, E row) {
        T after = view.apply(row);
        audit.record(actor, subject, row.getID(), "create", null, after);
        return after;
    }

    /** Tells the subscribers of {@link CatalogChanges}; call once the transaction that changed the item committed. */
    void published(int id) {
        changes.published(subject, id);
    }

    T change(Actor actor, int id, int expectedVersion, String action, Consumer<E> change) {
        T changed = Transactions.write(ao, () -> {
            E row = row(id);
            T before = view.apply(row);
            Versions.claimNext(ao, subject, id, row.getRowVersion(), expectedVersion);
            change.accept(row);
            row.setRowVersion(expectedVersion + 1);
            row.setUpdatedAt(StoredValues.instant(clock.instant()));
            row.save();
            T after = view.apply(row);
            audit.record(actor, subject, id, action, before, after);
            return after;
        });
        published(id);
        return changed;
    }

    T archive(Actor actor, int id, int expectedVersion) {
        return change(actor, id, expectedVersion, "archive", row -> row.setStatus(CatalogStatus.ARCHIVED.name()));
    }

    /** @param check runs before the status changes, e.g. to refuse a name that an active item now has */
    T restore(Actor actor, int id, int expectedVersion, Consumer<E> check) {
        return change(actor, id, expectedVersion, "restore", row -> {
            check.accept(row);
            row.setStatus(CatalogStatus.ACTIVE.name());
        });
    }

    /** @param cleanUp runs first in the same transaction: refuses when the item is in use, removes its links */
    void delete(Actor actor, int id, int expectedVersion, Consumer<E> cleanUp) {
        Transactions.write(ao, () -> {
            E row = row(id);
            T before = view.apply(row);
            Versions.requireCurrent(row.getRowVersion(), expectedVersion);
            cleanUp.accept(row);
            ao.delete(row);
            audit.record(actor, subject, id, "delete", before, null);
            return null;
        });
        published(id);
    }
}
