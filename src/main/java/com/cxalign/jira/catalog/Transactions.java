package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.cxalign.jira.platform.errors.ConflictException;

import java.sql.SQLException;

/**
 * Runs the catalogue's changes in one database transaction each. When the database itself refuses a transaction
 * because a concurrent one touched the same rows (a serialization failure or deadlock, as MVCC databases report it),
 * the user gets the same 409 as for a stale version: reload and try again.
 */
final class Transactions {

    private Transactions() {
    }

    static <T> T write(ActiveObjects ao, TransactionCallback<T> work) {
        try {
            return ao.executeInTransaction(work);
        } catch (RuntimeException e) {
            if (hasSqlState(e, "40")) {
                throw new ConflictException("cx-align.error.concurrent");
            }
            throw e;
        }
    }

    /** Whether a SQLException with a SQLSTATE of this class (its first two characters) caused the failure. */
    static boolean hasSqlState(Throwable error, String sqlStateClass) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(sqlStateClass)) {
                return true;
            }
        }
        return false;
    }
}
