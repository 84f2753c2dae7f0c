package com.atlassian.jira.database;

import java.util.Optional;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.database.DatabaseAccessor} (jira-api, {@code @PublicApi},
 * since 7.0); only the members this plugin calls.
 */
public interface DatabaseAccessor {

    /** @throws IllegalStateException if the database is not one of the vendors Jira supports */
    DatabaseVendor getDatabaseVendor();

    /** The configured schema name; when present, SQL must qualify table names with it. */
    Optional<String> getSchemaName();

    /** Borrows a connection from Jira's pool for the callback and returns it afterwards. */
    <R> R executeQuery(ConnectionFunction<R> callback);
}
