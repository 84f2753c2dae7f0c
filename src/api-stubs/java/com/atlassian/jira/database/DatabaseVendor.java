package com.atlassian.jira.database;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.database.DatabaseVendor} (jira-api): the database
 * vendors Jira supports. The plugin only names {@link #MY_SQL}, inside a {@code switch} (which tolerates constants
 * missing at run time); the other constants are listed for tests.
 */
public enum DatabaseVendor {
    POSTGRES,
    ORACLE,
    SQL_SERVER,
    MY_SQL,
    H2
}
