package com.atlassian.activeobjects.spi;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.activeobjects.spi.DatabaseType} (activeobjects-spi).
 * FULL enum, constants in the published order.
 */
public enum DatabaseType {
    H2,
    HSQL,
    MYSQL,
    POSTGRESQL,
    ORACLE,
    MS_SQL,
    DB2,
    DERBY_EMBEDDED,
    DERBY_NETWORK,
    NUODB,
    UNKNOWN
}
