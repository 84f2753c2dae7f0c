package com.cxalign.jira.dashboard.data.jira;

import com.atlassian.jira.database.DatabaseAccessor;
import com.atlassian.jira.database.DatabaseVendor;
import com.cxalign.jira.dashboard.data.H2IndexHints;
import com.cxalign.jira.dashboard.data.ReadModelSql;
import com.cxalign.jira.dashboard.data.SqlDialect;
import com.cxalign.jira.platform.PluginKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@link ReadModelSql} on Jira's database, through Jira's {@link DatabaseAccessor}: a connection from Jira's pool
 * for each statement (returned by Jira, never closed here), the plugin's tables as Active Objects names them in
 * Jira ({@code AO_07319A_<NAME>}), qualified with Jira's schema when it has one, and quoted for the database (MySQL
 * backticks, double quotes elsewhere).
 */
public class JiraReadModelSql implements ReadModelSql {

    /**
     * Active Objects' table prefix for this plugin's key in Jira: {@code AO_}, the last six hex digits of the MD5 of
     * {@link PluginKey#KEY}, {@code _} (fixed, since the key never changes; a test checks it).
     */
    static final String TABLE_PREFIX = "AO_07319A_";

    private final DatabaseAccessor database;
    private final H2IndexHints hints = new H2IndexHints();

    public JiraReadModelSql(DatabaseAccessor database) {
        this.database = database;
    }

    @Override
    public String table(String entityTable) {
        return dialect().table(database.getSchemaName().orElse(null), TABLE_PREFIX, entityTable);
    }

    @Override
    public String column(String name) {
        return dialect().quote(name);
    }

    @Override
    public Optional<String> tableAlongIndex(String entityTable, List<String> columns) {
        return hints.hint(TABLE_PREFIX + entityTable, columns,
                lookup -> database.executeQuery(connection -> {
                    try {
                        return lookup.on(connection.getJdbcConnection());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                })).map(hint -> table(entityTable) + hint);
    }

    @Override
    public <R> R query(String sql, List<Object> parameters, Reader<R> reader) {
        return database.executeQuery(connection -> run(connection.getJdbcConnection(), sql, parameters, reader));
    }

    @Override
    public <R> R queryPage(String orderedSql, List<Object> parameters, int offset, int limit, Reader<R> reader) {
        SqlDialect.Paged paged = dialect().page(orderedSql, parameters, offset, limit);
        return query(paged.sql(), paged.parameters(), reader);
    }

    SqlDialect dialect() {
        DatabaseVendor vendor = database.getDatabaseVendor();
        switch (vendor) {
            case MY_SQL:
                return SqlDialect.MYSQL;
            default:
                return SqlDialect.STANDARD;
        }
    }

    static <R> R run(Connection connection, String sql, List<Object> parameters, Reader<R> reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The CX Align dashboard query failed: " + e.getMessage(), e);
        }
    }
}
