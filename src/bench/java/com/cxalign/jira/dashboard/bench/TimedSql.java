package com.cxalign.jira.dashboard.bench;

import com.cxalign.jira.dashboard.data.ForwardingReadModelSql;
import com.cxalign.jira.dashboard.data.ReadModelSql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ReadModelSql} that times each statement it hands on, by what the statement is for, so that the report
 * can say where an endpoint's time goes. Costs two clock reads per statement; one thread at a time.
 */
final class TimedSql extends ForwardingReadModelSql {

    private final Map<String, Long> call = new LinkedHashMap<>();
    private int statements;

    TimedSql(ReadModelSql sql) {
        super(sql);
    }

    /** The time of each kind of statement since the last call of this method (nanoseconds), and forgets them. */
    Map<String, Long> takeCall() {
        Map<String, Long> taken = new LinkedHashMap<>(call);
        call.clear();
        statements = 0;
        return taken;
    }

    /** How many statements ran since {@link #takeCall}. */
    int statements() {
        return statements;
    }

    @Override
    public <R> R query(String statement, List<Object> parameters, Reader<R> reader) {
        long start = System.nanoTime();
        R result = super.query(statement, parameters, reader);
        note(statement, System.nanoTime() - start);
        return result;
    }

    @Override
    public <R> R queryPage(String orderedSql, List<Object> parameters, int offset, int limit, Reader<R> reader) {
        long start = System.nanoTime();
        R result = super.queryPage(orderedSql, parameters, offset, limit, reader);
        note(orderedSql, System.nanoTime() - start);
        return result;
    }

    private void note(String statement, long nanos) {
        call.merge(purpose(statement), nanos, Long::sum);
        statements++;
    }

    /** What a statement of the dashboards is for, from its text. */
    static String purpose(String statement) {
        if (statement.contains("GOAL_METRIC")) {
            return "goal-metric links";
        }
        if (statement.contains("READING")) {
            return "latest readings";
        }
        if (statement.startsWith("SELECT COUNT(*) FROM")) {
            return "row counts (H2, page plan)";
        }
        if (statement.contains("INITIATIVE_ROW")) {
            return statement.contains("GROUP BY") ? "counts per goal" : "unaligned page";
        }
        if (statement.contains("GROUP BY")) {
            return "funnel, ages, channels, days to tell";
        }
        return "oldest open page";
    }
}
