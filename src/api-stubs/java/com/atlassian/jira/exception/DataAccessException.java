package com.atlassian.jira.exception;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.exception.DataAccessException} (jira-api,
 * {@code @PublicApi}): the unchecked exception Jira's managers throw when the database fails. Constructors are kept
 * working (they only call super) so tests can throw it; the real class has no no-arg constructor.
 */
public class DataAccessException extends RuntimeException {

    public DataAccessException(String message) {
        super(message);
    }

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    public DataAccessException(Throwable cause) {
        super(cause);
    }
}
