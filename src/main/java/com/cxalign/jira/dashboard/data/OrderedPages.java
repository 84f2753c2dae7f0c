package com.cxalign.jira.dashboard.data;

import java.util.List;
import java.util.Optional;

/**
 * Which FROM item a dashboard's ordered page (unaligned initiatives, oldest open loops) reads: the table, or on H2
 * the table read along the ORDER BY's index ({@link ReadModelSql#tableAlongIndex}). Reading along the index stops at
 * the page's end and visits about {@code end × table rows / matching rows} rows; H2's usual plan reads every row of
 * the user's projects through the project index (whatever the period, goal or channel) and sorts them. The walk is
 * taken when it should visit no more rows than that, so that a user who sees a few rows of a large table keeps the
 * usual plan. H2 answers a table's {@code COUNT(*)} from its row count; when a period, goal or channel narrows the
 * filter, the walk is also taken while it should visit at most {@value #NARROWED_MARGIN} times the rows in the
 * filter, and beyond that the rows of the user's projects are counted (along the project index) to decide.
 * PostgreSQL and the others make that choice from their statistics and never get here.
 */
final class OrderedPages {

    /** See {@link #from}: how many times the rows in a narrowed filter the walk may visit without a count. */
    static final int NARROWED_MARGIN = 4;

    private final ReadModelSql sql;

    OrderedPages(ReadModelSql sql) {
        this.sql = sql;
    }

    /**
     * @param projects the user's projects, the condition the usual plan reads by
     * @param narrowed whether the filter has more conditions than the projects (period, goal, channel)
     * @param matching the user's rows that the page lists, over all pages
     * @param scope    the user's rows in the filter
     * @param end      the page's end: its start plus its length
     */
    String from(String entityTable, List<String> order, Where projects, boolean narrowed, long matching, long scope,
                int end) {
        String table = sql.table(entityTable);
        Optional<String> alongIndex = sql.tableAlongIndex(entityTable, order);
        if (alongIndex.isEmpty()) {
            return table;
        }
        // counted whatever the page, so that the statements depend on the data as little as they can
        long rows = count(table, null);
        // with fewer matching rows than the page's end the walk would read the index to its end
        if (matching < end) {
            return table;
        }
        double walk = (double) end * rows / matching;
        if (walk <= scope) {
            return alongIndex.get();
        }
        if (!narrowed) {
            return table;
        }
        // Narrowed, the usual plan still reads all the rows of the user's projects, more than the rows in the filter;
        // up to NARROWED_MARGIN times those the walk is taken without counting (it starts at the oldest matching row,
        // so it visits fewer than the estimate), beyond that only if the projects' rows are even more.
        return walk <= NARROWED_MARGIN * scope || walk <= count(table, projects) ? alongIndex.get() : table;
    }

    private long count(String table, Where where) {
        return sql.query("SELECT COUNT(*) FROM " + table + (where == null ? "" : where.sql()),
                where == null ? List.of() : where.parameters(), result -> result.next() ? result.getLong(1) : 0L);
    }
}
