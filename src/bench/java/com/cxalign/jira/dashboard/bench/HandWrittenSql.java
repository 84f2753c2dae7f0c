package com.cxalign.jira.dashboard.bench;

import com.cxalign.jira.dashboard.data.AlignmentDashboard;
import com.cxalign.jira.dashboard.data.AlignmentDashboard.GoalSummary;
import com.cxalign.jira.dashboard.data.FeedbackLoopDashboard;
import com.cxalign.jira.dashboard.data.FeedbackLoopDashboard.AgeBucket;
import com.cxalign.jira.dashboard.data.FeedbackLoopDashboard.ChannelCount;
import com.cxalign.jira.dashboard.data.ReadModelSql;
import com.cxalign.jira.feedback.FeedbackChannel;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Each dashboard's main numbers as one hand-written SQL statement, the baseline the endpoints are compared with:
 * the same rows (the user's projects, as parameters, the same {@code IN} list the service sends), run through the
 * same {@link ReadModelSql} (the same connections and prepared statements), so that the ratio is what the service
 * does on top of the one statement. The numbers are checked against the service's before anything is timed.
 */
final class HandWrittenSql {

    private final ReadModelSql sql;

    HandWrittenSql(ReadModelSql sql) {
        this.sql = sql;
    }

    /** Per goal (0: none): open, in progress, done, total, aligned, from one GROUP BY; {@code since} may be null. */
    Map<Integer, List<Long>> alignment(Set<Long> projects, Instant since) {
        String query = "SELECT " + c("GOAL_ID")
                + ", SUM(CASE WHEN " + c("STATUS_CATEGORY") + " = 'new' THEN 1 ELSE 0 END)"
                + ", SUM(CASE WHEN " + c("STATUS_CATEGORY") + " = 'indeterminate' THEN 1 ELSE 0 END)"
                + ", SUM(CASE WHEN " + c("STATUS_CATEGORY") + " = 'done' THEN 1 ELSE 0 END)"
                + ", COUNT(*), SUM(CASE WHEN " + c("ALIGNED") + " = TRUE THEN 1 ELSE 0 END)"
                + " FROM " + sql.table("INITIATIVE_ROW") + " WHERE " + in(projects.size()) + since(since)
                + " GROUP BY " + c("GOAL_ID");
        return sql.query(query, parameters(projects, since), rows -> {
            Map<Integer, List<Long>> goals = new TreeMap<>();
            while (rows.next()) {
                int goal = rows.getInt(1);
                goals.put(rows.wasNull() ? 0 : goal, List.of(rows.getLong(2), rows.getLong(3), rows.getLong(4),
                        rows.getLong(5), rows.getLong(6)));
            }
            return goals;
        });
    }

    /**
     * Received, acted on, resolved, customer told, the median and 90th percentile of the days to tell
     * ({@code PERCENTILE_DISC}: the nearest rank, as the service counts), the open loops per age bucket and per
     * channel (the seven, then none chosen): one pass, one row; {@code since} may be null.
     */
    List<Long> feedbackLoop(Set<Long> projects, Instant since, Instant now) {
        String open = c("LOOP_STATE") + " <> 'CLOSED'";
        String closedDays = "CASE WHEN " + c("LOOP_STATE") + " = 'CLOSED' THEN " + c("DAYS_TO_CLOSE") + " END";
        StringBuilder query = new StringBuilder("SELECT COUNT(*)")
                .append(", SUM(CASE WHEN ").append(c("ACTED_ON")).append(" = TRUE THEN 1 ELSE 0 END)")
                .append(", SUM(CASE WHEN ").append(c("STATUS_CATEGORY")).append(" = 'done' THEN 1 ELSE 0 END)")
                .append(", SUM(CASE WHEN ").append(c("LOOP_STATE")).append(" = 'CLOSED' THEN 1 ELSE 0 END)")
                .append(", PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY ").append(closedDays).append(")")
                .append(", PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY ").append(closedDays).append(")");
        List<Object> parameters = new ArrayList<>();
        int[][] buckets = {{0, 7}, {8, 30}, {31, 90}, {91, -1}};
        for (int[] bucket : buckets) {
            query.append(", SUM(CASE WHEN ").append(open).append(" AND ").append(c("CREATED_AT"));
            if (bucket[0] > 0) {
                query.append(" <= ?");
                parameters.add(Timestamp.from(now.minus(Duration.ofDays(bucket[0]))));
            } else {
                query.append(" IS NOT NULL");
            }
            if (bucket[1] >= 0) {
                query.append(" AND ").append(c("CREATED_AT")).append(" > ?");
                parameters.add(Timestamp.from(now.minus(Duration.ofDays(bucket[1] + 1L))));
            }
            query.append(" THEN 1 ELSE 0 END)");
        }
        for (FeedbackChannel channel : FeedbackChannel.values()) {
            query.append(", SUM(CASE WHEN ").append(open).append(" AND ").append(c("CHANNEL")).append(" = '")
                    .append(channel.name()).append("' THEN 1 ELSE 0 END)");
        }
        query.append(", SUM(CASE WHEN ").append(open).append(" AND ").append(c("CHANNEL"))
                .append(" IS NULL THEN 1 ELSE 0 END)");
        query.append(" FROM ").append(sql.table("FEEDBACK_ROW")).append(" WHERE ").append(in(projects.size()))
                .append(since(since));
        parameters.addAll(parameters(projects, since));
        int columns = 6 + buckets.length + FeedbackChannel.values().length + 1;
        return sql.query(query.toString(), parameters, rows -> {
            List<Long> values = new ArrayList<>();
            rows.next();
            for (int column = 1; column <= columns; column++) {
                long value = rows.getLong(column);
                values.add(rows.wasNull() ? null : value);
            }
            return values;
        });
    }

    /** The service's numbers in the shape of {@link #alignment}; throws when they differ. */
    static void check(AlignmentDashboard service, Map<Integer, List<Long>> hand) {
        Map<Integer, List<Long>> fromService = new TreeMap<>();
        for (GoalSummary goal : service.goals()) {
            if (goal.total() > 0) {
                fromService.put(goal.goalId(), List.of((long) goal.open(), (long) goal.inProgress(),
                        (long) goal.done(), (long) goal.total(), (long) goal.aligned()));
            }
        }
        same("alignment", fromService, hand);
    }

    /** The service's numbers in the shape of {@link #feedbackLoop}; throws when they differ. */
    static void check(FeedbackLoopDashboard service, List<Long> hand) {
        List<Long> fromService = new ArrayList<>(List.of((long) service.received(), (long) service.actedOn(),
                (long) service.resolved(), (long) service.customerTold()));
        fromService.add(service.medianDaysToTell() == null ? null : (long) service.medianDaysToTell());
        fromService.add(service.p90DaysToTell() == null ? null : (long) service.p90DaysToTell());
        for (AgeBucket bucket : service.openByAge()) {
            fromService.add((long) bucket.count());
        }
        Map<String, Long> channels = new HashMap<>();
        for (ChannelCount count : service.openByChannel()) {
            channels.put(count.channel(), (long) count.count());
        }
        for (FeedbackChannel channel : FeedbackChannel.values()) {
            fromService.add(channels.getOrDefault(channel.name(), 0L));
        }
        fromService.add(channels.getOrDefault(null, 0L));
        same("feedback loop", fromService, hand);
    }

    private static void same(String what, Object service, Object hand) {
        if (!service.equals(hand)) {
            throw new IllegalStateException("The hand-written " + what + " statement and the service disagree:\n"
                    + " service: " + service + "\n    hand: " + hand);
        }
    }

    private String in(int count) {
        return c("PROJECT_ID") + " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    /** The condition on the period, as the service writes it: received on or after the first day. */
    private String since(Instant since) {
        return since == null ? "" : " AND " + c("CREATED_AT") + " >= ?";
    }

    private static List<Object> parameters(Set<Long> projects, Instant since) {
        List<Object> parameters = new ArrayList<>(projects.stream().sorted().toList());
        if (since != null) {
            parameters.add(Timestamp.from(since));
        }
        return parameters;
    }

    private String c(String column) {
        return sql.column(column);
    }
}
