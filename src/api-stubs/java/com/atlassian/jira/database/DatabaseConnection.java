package com.atlassian.jira.database;

import java.sql.Connection;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.database.DatabaseConnection} (jira-api); only the member
 * this plugin calls.
 */
public interface DatabaseConnection {

    /** The pooled JDBC connection; Jira returns it to the pool, so callers must not close it. */
    Connection getJdbcConnection();
}
