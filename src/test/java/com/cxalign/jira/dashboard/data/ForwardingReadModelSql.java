package com.cxalign.jira.dashboard.data;

import java.util.List;
import java.util.Optional;

/** A {@link ReadModelSql} that hands every call on to another; tests and the benchmark override what they watch. */
public abstract class ForwardingReadModelSql implements ReadModelSql {

    private final ReadModelSql sql;

    protected ForwardingReadModelSql(ReadModelSql sql) {
        this.sql = sql;
    }

    @Override
    public String table(String entityTable) {
        return sql.table(entityTable);
    }

    @Override
    public String column(String name) {
        return sql.column(name);
    }

    @Override
    public Optional<String> tableAlongIndex(String entityTable, List<String> columns) {
        return sql.tableAlongIndex(entityTable, columns);
    }

    @Override
    public <R> R query(String statement, List<Object> parameters, Reader<R> reader) {
        return sql.query(statement, parameters, reader);
    }

    @Override
    public <R> R queryPage(String orderedSql, List<Object> parameters, int offset, int limit, Reader<R> reader) {
        return sql.queryPage(orderedSql, parameters, offset, limit, reader);
    }
}
