package com.cxalign.jira.dashboard.data;

import java.util.ArrayList;
import java.util.List;

/**
 * How the {@link ReadModelSql} implementations write what differs between databases: identifier quotes and the
 * paging clause. MySQL quotes with backticks and pages with {@code LIMIT ? OFFSET ?}; PostgreSQL, Oracle 12c+, SQL
 * Server 2012+, H2 and HSQLDB quote with double quotes and take SQL:2008's {@code OFFSET ? ROWS FETCH NEXT ? ROWS
 * ONLY}. Plain Java, no Jira types.
 */
public enum SqlDialect {

    STANDARD('"') {
        @Override
        String pageClause() {
            return " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        }

        @Override
        List<Object> pageParameters(int offset, int limit) {
            return List.of(offset, limit);
        }
    },
    MYSQL('`') {
        @Override
        String pageClause() {
            return " LIMIT ? OFFSET ?";
        }

        @Override
        List<Object> pageParameters(int offset, int limit) {
            return List.of(limit, offset);
        }
    };

    private final char quote;

    SqlDialect(char quote) {
        this.quote = quote;
    }

    /** A quoted identifier; Active Objects' names are upper-case letters, digits and underscores only. */
    public String quote(String name) {
        if (!name.matches("[A-Z0-9_]+")) {
            throw new IllegalArgumentException("not an Active Objects name: " + name);
        }
        return quote + name + quote;
    }

    /**
     * The quoted name of one of the plugin's tables, qualified with Jira's schema when it has one. A plain schema
     * name stays unquoted, as Jira's own SQL writes it (so that the database folds its case as usual); anything
     * else is quoted.
     */
    public String table(String schema, String tablePrefix, String entityTable) {
        String table = quote(tablePrefix + entityTable);
        if (schema == null || schema.isBlank()) {
            return table;
        }
        String name = schema.trim();
        return (name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name : quote + name.replace(String.valueOf(quote), "")
                + quote) + "." + table;
    }

    /** The paged query: the ordered query with the paging clause, and its parameters followed by the paging's. */
    public Paged page(String orderedSql, List<Object> parameters, int offset, int limit) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(pageParameters(Math.max(0, offset), Math.max(0, limit)));
        return new Paged(orderedSql + pageClause(), all);
    }

    abstract String pageClause();

    abstract List<Object> pageParameters(int offset, int limit);

    /** A query ready to run. */
    public record Paged(String sql, List<Object> parameters) {
    }
}
