package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.store.VersionClaimEntity;
import com.cxalign.jira.platform.errors.ConflictException;

import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;

/**
 * Optimistic locking: a change is accepted only against the version the user saw, and only once. Checking the
 * version read in the transaction is not enough on its own, since two transactions can both read version 3; so every
 * accepted change also claims its new version in a table with a unique key, which only one of them can do.
 */
final class Versions {

    private Versions() {
    }

    static void requireCurrent(int current, int expected) {
        if (current != expected) {
            throw new ConflictException("cx-align.error.stale", String.valueOf(current));
        }
    }

    /**
     * Checks {@code expected} against {@code current} and claims {@code expected + 1} for the item, in the caller's
     * transaction. The previous claim of the item is removed, so the table holds one row per item.
     */
    static void claimNext(ActiveObjects ao, String subject, int id, int current, int expected) {
        requireCurrent(current, expected);
        String prefix = subject + ":" + id + ":";
        try {
            ao.create(VersionClaimEntity.class, new DBParam("CLAIM_KEY", prefix + (expected + 1)));
        } catch (ActiveObjectsException e) {
            // SQLSTATE class 23 is "integrity constraint violation" on every database Jira supports.
            if (!Transactions.hasSqlState(e, "23")) {
                throw e;
            }
            // Another transaction claimed the same version first: it wins, this change is stale.
            throw new ConflictException("cx-align.error.stale", String.valueOf(expected + 1));
        }
        ao.deleteWithSQL(VersionClaimEntity.class, "CLAIM_KEY = ?", prefix + expected);
    }
}
