package com.cxalign.jira.dashboard.data;

import com.cxalign.jira.testing.ao.ActiveObjectsRule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link ReadModelSql} over the test database's own JDBC connection (H2, HSQLDB or PostgreSQL, all standard SQL
 * with double quotes), with the tables named as Active Objects names them there. It records every statement it
 * runs, so that tests can count them.
 */
public final class TestReadModelSql implements ReadModelSql {

    private final ActiveObjectsRule ao;
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final H2IndexHints hints = new H2IndexHints();

    public TestReadModelSql(ActiveObjectsRule ao) {
        this.ao = ao;
    }

    /** The statements run so far, oldest first. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    public void forgetStatements() {
        statements.clear();
    }

    @Override
    public String table(String entityTable) {
        return SqlDialect.STANDARD.table(null, ao.tablePrefix(), entityTable);
    }

    @Override
    public String column(String name) {
        return SqlDialect.STANDARD.quote(name);
    }

    @Override
    public Optional<String> tableAlongIndex(String entityTable, List<String> columns) {
        return hints.hint(ao.tablePrefix() + entityTable, columns, lookup -> {
            try (Connection connection = ao.connection()) {
                return lookup.on(connection);
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }).map(hint -> table(entityTable) + hint);
    }

    @Override
    public <R> R query(String sql, List<Object> parameters, Reader<R> reader) {
        statements.add(sql);
        try (Connection connection = ao.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in " + sql, e);
        }
    }

    @Override
    public <R> R queryPage(String orderedSql, List<Object> parameters, int offset, int limit, Reader<R> reader) {
        SqlDialect.Paged paged = SqlDialect.STANDARD.page(orderedSql, parameters, offset, limit);
        return query(paged.sql(), paged.parameters(), reader);
    }
}
