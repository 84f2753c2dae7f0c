package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.model.Champion;
import com.cxalign.jira.catalog.rules.ChampionDraft;
import com.cxalign.jira.catalog.rules.ChampionRules;
import com.cxalign.jira.catalog.rules.CheckedChampion;
import com.cxalign.jira.catalog.rules.Departments;
import com.cxalign.jira.catalog.store.ChampionEntity;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The CX champions roster (habit 5): who champions customers in which department, and when. Logged-in users read
 * it; admins add, change and remove terms, each change audited. One person's terms for one department never
 * overlap, so that the roster shows a clear rotation.
 */
public class ChampionService {

    private static final String SUBJECT = "champion";
    private static final Comparator<Champion> ROSTER_ORDER = Comparator
            .comparing(Champion::department, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Champion::startsOn)
            .thenComparing(Champion::userKey)
            .thenComparingInt(Champion::id);

    private final ActiveObjects ao;
    private final AuditLog audit;

    public ChampionService(ActiveObjects ao, AuditLog audit) {
        this.ao = ao;
        this.audit = audit;
    }

    /**
     * The terms that include {@code activeOn}, or every term when it is null; by department, then start. The roster
     * of a whole organisation is a few hundred terms at most, so it is not paged.
     */
    public List<Champion> list(Actor actor, LocalDate activeOn) {
        Access.requireLoggedIn(actor);
        Query query = activeOn == null
                ? Query.select()
                : Query.select().where("STARTS_ON <= ? AND (ENDS_ON IS NULL OR ENDS_ON >= ?)",
                        StoredValues.day(activeOn), StoredValues.day(activeOn));
        return Arrays.stream(ao.find(ChampionEntity.class, query)).map(ChampionService::toChampion)
                .sorted(ROSTER_ORDER).toList();
    }

    public Champion create(Actor actor, ChampionDraft draft) {
        Access.requireAdmin(actor);
        CheckedChampion checked = ChampionRules.check(draft);
        return Transactions.write(ao, () -> {
            requireNoOverlap(checked, 0);
            ChampionEntity row = ao.create(ChampionEntity.class, new DBParam("USER_KEY", checked.userKey()),
                    new DBParam("DEPARTMENT", checked.department()),
                    new DBParam("STARTS_ON", StoredValues.day(checked.startsOn())),
                    new DBParam("ENDS_ON", StoredValues.day(checked.endsOn())), new DBParam("ROW_VERSION", 1));
            Champion created = toChampion(row);
            audit.record(actor, SUBJECT, created.id(), "create", null, created);
            return created;
        });
    }

    public Champion update(Actor actor, int id, ChampionDraft draft, int expectedVersion) {
        Access.requireAdmin(actor);
        CheckedChampion checked = ChampionRules.check(draft);
        return Transactions.write(ao, () -> {
            ChampionEntity row = row(id);
            Champion before = toChampion(row);
            Versions.requireCurrent(before.version(), expectedVersion);
            requireNoOverlap(checked, id);
            Versions.claimNext(ao, SUBJECT, id, before.version(), expectedVersion);
            row.setUserKey(checked.userKey());
            row.setDepartment(checked.department());
            row.setStartsOn(StoredValues.day(checked.startsOn()));
            row.setEndsOn(StoredValues.day(checked.endsOn()));
            row.setRowVersion(expectedVersion + 1);
            row.save();
            Champion after = toChampion(row);
            audit.record(actor, SUBJECT, id, "update", before, after);
            return after;
        });
    }

    /** Removes a term entered by mistake; a term that simply ended should get an end date instead. */
    public void delete(Actor actor, int id, int expectedVersion) {
        Access.requireAdmin(actor);
        Transactions.write(ao, () -> {
            ChampionEntity row = row(id);
            Champion before = toChampion(row);
            Versions.requireCurrent(before.version(), expectedVersion);
            ao.delete(row);
            audit.record(actor, SUBJECT, id, "delete", before, null);
            return null;
        });
    }

    /** The person's other terms are few, so they are compared here, where departments can be compared ignoring case. */
    private void requireNoOverlap(CheckedChampion term, int exceptId) {
        Optional<Champion> clash = Arrays.stream(ao.find(ChampionEntity.class,
                        Query.select().where("USER_KEY = ? AND ID <> ?", term.userKey(), exceptId)))
                .map(ChampionService::toChampion)
                .filter(other -> Departments.key(other.department()).equals(Departments.key(term.department())))
                .filter(other -> overlap(term, other))
                .min(Comparator.comparing(Champion::startsOn));
        clash.ifPresent(other -> {
            FieldError error = other.endsOn() == null
                    ? FieldError.of("startsOn", "cx-align.champion.overlap.open", other.department(), other.startsOn())
                    : FieldError.of("startsOn", "cx-align.champion.overlap", other.department(), other.startsOn(),
                            other.endsOn());
            throw new ValidationException(List.of(error));
        });
    }

    /** Two terms overlap when each starts no later than the other ends; an open term never ends. */
    private static boolean overlap(CheckedChampion term, Champion other) {
        return (other.endsOn() == null || !term.startsOn().isAfter(other.endsOn()))
                && (term.endsOn() == null || !other.startsOn().isAfter(term.endsOn()));
    }

    private ChampionEntity row(int id) {
        ChampionEntity row = ao.get(ChampionEntity.class, id);
        if (row == null) {
            throw new NotFoundException("cx-align.champion.not-found", String.valueOf(id));
        }
        return row;
    }

    private static Champion toChampion(ChampionEntity row) {
        return new Champion(row.getID(), row.getUserKey(), row.getDepartment(), StoredValues.day(row.getStartsOn()),
                StoredValues.day(row.getEndsOn()), row.getRowVersion());
    }
}
