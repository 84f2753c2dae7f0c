package com.atlassian.sal.api.transaction;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.sal.api.transaction.TransactionCallback} (sal-api).
 * One abstract method, so a lambda works.
 *
 * @param <T> the result type
 */
public interface TransactionCallback<T> {

    /** Runs the action in a transaction; a RuntimeException rolls it back. */
    T doInTransaction();
}
