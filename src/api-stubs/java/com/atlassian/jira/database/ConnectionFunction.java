package com.atlassian.jira.database;

/** Compile-time stub of Jira 10.3's {@code com.atlassian.jira.database.ConnectionFunction} (jira-api). */
public interface ConnectionFunction<R> {

    R run(DatabaseConnection connection);
}
