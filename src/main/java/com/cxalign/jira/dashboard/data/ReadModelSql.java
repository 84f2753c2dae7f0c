package com.cxalign.jira.dashboard.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL over the read model's tables, for the dashboards' aggregates (GROUP BY, COUNT, ordered offsets), which
 * Active Objects cannot express. Names are written through {@link #table} and {@link #column}, which quote them the
 * way the database needs (Active Objects creates upper-case names); values always go in as parameters. What differs
 * between databases (quotes, schema, paging) stays inside the implementations.
 */
public interface ReadModelSql {

    /** The quoted name of a read model table, e.g. {@code "INITIATIVE_ROW"} as {@code "AO_07319A_INITIATIVE_ROW"}. */
    String table(String entityTable);

    /** The quoted name of a column, e.g. {@code "GOAL_ID"}. */
    String column(String name);

    /**
     * The table as a FROM item that tells the database to read it along its index on these columns (a page's ORDER
     * BY) and stop at the page's end, where the database needs telling: on H2, which otherwise reads every row of the
     * user's projects through the project index and sorts them ({@link H2IndexHints}). Empty elsewhere (PostgreSQL
     * and the others weigh that from their statistics) and when no index has these columns; see {@link OrderedPages}.
     */
    Optional<String> tableAlongIndex(String entityTable, List<String> columns);

    /** Runs a query with these parameters and reads its result. */
    <R> R query(String sql, List<Object> parameters, Reader<R> reader);

    /**
     * Runs an ordered query for at most {@code limit} rows after the first {@code offset}, with the database's own
     * paging clause appended ({@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY}, or {@code LIMIT ? OFFSET ?} on MySQL).
     *
     * @param orderedSql a query that ends with its ORDER BY
     */
    <R> R queryPage(String orderedSql, List<Object> parameters, int offset, int limit, Reader<R> reader);

    /** Reads a result set. */
    @FunctionalInterface
    interface Reader<R> {
        R read(ResultSet resultSet) throws SQLException;
    }
}
