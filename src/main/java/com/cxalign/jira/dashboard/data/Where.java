package com.cxalign.jira.dashboard.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A WHERE clause with its parameters, built condition by condition; column names go through
 * {@link ReadModelSql#column}, values only as parameters.
 */
final class Where {

    /** Oracle takes at most 1,000 expressions in one IN list; longer lists are split and joined with OR. */
    static final int IN_CHUNK = 1000;

    private final ReadModelSql sql;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    Where(ReadModelSql sql) {
        this.sql = sql;
    }

    /** A copy to add further conditions to. */
    Where copy() {
        Where copy = new Where(sql);
        copy.conditions.addAll(conditions);
        copy.parameters.addAll(parameters);
        return copy;
    }

    Where in(String column, Collection<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        List<String> lists = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += IN_CHUNK) {
            List<Long> chunk = sorted.subList(from, Math.min(sorted.size(), from + IN_CHUNK));
            lists.add(sql.column(column) + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")");
            parameters.addAll(chunk);
        }
        conditions.add(lists.size() == 1 ? lists.get(0) : "(" + String.join(" OR ", lists) + ")");
        return this;
    }

    /** {@code column op ?}, e.g. {@code is("GOAL_ID", "=", 12)}. */
    Where is(String column, String operator, Object value) {
        conditions.add(sql.column(column) + " " + operator + " ?");
        parameters.add(value);
        return this;
    }

    Where isNotNull(String column) {
        conditions.add(sql.column(column) + " IS NOT NULL");
        return this;
    }

    /** How many conditions it has. */
    int size() {
        return conditions.size();
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    List<Object> parameters() {
        return List.copyOf(parameters);
    }
}
