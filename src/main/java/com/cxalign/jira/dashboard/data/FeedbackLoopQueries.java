package com.cxalign.jira.dashboard.data;

import com.cxalign.jira.dashboard.data.AlignmentDashboard.IssuePage;
import com.cxalign.jira.dashboard.data.AlignmentDashboard.IssueRef;
import com.cxalign.jira.dashboard.data.FeedbackLoopDashboard.AgeBucket;
import com.cxalign.jira.dashboard.data.FeedbackLoopDashboard.ChannelCount;
import com.cxalign.jira.dashboard.readmodel.IssueFacts;
import com.cxalign.jira.feedback.LoopState;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The feedback-loop dashboard's aggregates over {@code FEEDBACK_ROW}, in at most three SQL statements whatever the
 * number of feedback issues: the funnel, the open loops by age and the open loops by channel in one pass (conditional
 * sums grouped by channel, added up in Java), one page of the oldest open loops, and the median and 90th percentile
 * of the days to tell the customer (nearest rank, walked in Java over the closed loops counted per day count, one
 * statement; skipped when no loop is closed).
 */
public class FeedbackLoopQueries {

    static final String TABLE = "FEEDBACK_ROW";
    /** The age buckets of open loops: from and to days (inclusive; null: no upper end). */
    static final int[][] BUCKETS = {{0, 7}, {8, 30}, {31, 90}, {91, -1}};

    private final ReadModelSql sql;

    public FeedbackLoopQueries(ReadModelSql sql) {
        this.sql = sql;
    }

    public FeedbackLoopDashboard dashboard(Set<Long> projects, DashboardFilter filter, Instant since, Instant now) {
        List<Long> projectIds = projects.stream().sorted().toList();
        if (projects.isEmpty()) {
            return new FeedbackLoopDashboard(0, 0, 0, 0, null, null, null, null, null, buckets(new int[4]),
                    List.of(), new IssuePage(0, filter.start(), filter.limit(), List.of()), projectIds);
        }
        Where where = new Where(sql).in("PROJECT_ID", projects);
        if (filter.channel() != null) {
            where.is("CHANNEL", "=", filter.channel().name());
        }
        if (since != null) {
            where.is("CREATED_AT", ">=", Timestamp.from(since));
        }
        List<ChannelCount> openByChannel = new ArrayList<>();
        long[] funnel = funnel(where, now, openByChannel);
        int told = (int) funnel[4];
        int[] ages = {(int) funnel[5], (int) funnel[6], (int) funnel[7], (int) funnel[8]};
        int withAge = ages[0] + ages[1] + ages[2] + ages[3];
        int received = (int) funnel[0];
        List<IssueRef> oldest = withAge == 0 || filter.start() >= withAge ? List.of()
                : oldestOpen(where, now, filter.start(), filter.limit());
        TreeMap<Integer, Long> daysToTell = told == 0 ? null : daysToTell(where);
        return new FeedbackLoopDashboard(received, (int) funnel[1], (int) funnel[2], (int) funnel[3],
                AlignmentQueries.percent((int) funnel[1], received),
                AlignmentQueries.percent((int) funnel[2], received),
                AlignmentQueries.percent((int) funnel[3], received),
                told == 0 ? null : atRank(daysToTell, (told + 1) / 2),
                told == 0 ? null : atRank(daysToTell, (told * 9 + 9) / 10),
                buckets(ages), sorted(openByChannel), new IssuePage(withAge, filter.start(), filter.limit(), oldest),
                projectIds);
    }

    /**
     * Received, acted on, resolved, customer told, closed with a day count, then the open loops per age bucket:
     * conditional sums per channel, added up here; the channels with open loops and their counts go to
     * {@code openByChannel}.
     */
    private long[] funnel(Where where, Instant now, List<ChannelCount> openByChannel) {
        String loopState = sql.column("LOOP_STATE");
        String created = sql.column("CREATED_AT");
        List<Object> parameters = new ArrayList<>(List.of(Boolean.TRUE, IssueFacts.DONE, LoopState.CLOSED.name(),
                LoopState.CLOSED.name()));
        StringBuilder query = new StringBuilder("SELECT COUNT(*)")
                .append(", SUM(CASE WHEN ").append(sql.column("ACTED_ON")).append(" = ? THEN 1 ELSE 0 END)")
                .append(", SUM(CASE WHEN ").append(sql.column("STATUS_CATEGORY")).append(" = ? THEN 1 ELSE 0 END)")
                .append(", SUM(CASE WHEN ").append(loopState).append(" = ? THEN 1 ELSE 0 END)")
                .append(", SUM(CASE WHEN ").append(loopState).append(" = ? AND ").append(sql.column("DAYS_TO_CLOSE"))
                .append(" IS NOT NULL THEN 1 ELSE 0 END)");
        for (int[] bucket : BUCKETS) {
            // age in whole days d: from <= d <= to  <=>  created in (now - (to + 1) days, now - from days]
            query.append(", SUM(CASE WHEN ").append(loopState).append(" <> ?");
            parameters.add(LoopState.CLOSED.name());
            if (bucket[0] > 0) {
                query.append(" AND ").append(created).append(" <= ?");
                parameters.add(Timestamp.from(now.minus(Duration.ofDays(bucket[0]))));
            } else {
                query.append(" AND ").append(created).append(" IS NOT NULL");
            }
            if (bucket[1] >= 0) {
                query.append(" AND ").append(created).append(" > ?");
                parameters.add(Timestamp.from(now.minus(Duration.ofDays(bucket[1] + 1L))));
            }
            query.append(" THEN 1 ELSE 0 END)");
        }
        // the open loops of the channel, as the channel breakdown counts them
        query.append(", SUM(CASE WHEN ").append(loopState).append(" <> ? THEN 1 ELSE 0 END)");
        parameters.add(LoopState.CLOSED.name());
        String channel = sql.column("CHANNEL");
        query.append(", ").append(channel);
        query.append(" FROM ").append(sql.table(TABLE)).append(where.sql()).append(" GROUP BY ").append(channel);
        parameters.addAll(where.parameters());
        return sql.query(query.toString(), parameters, rows -> {
            long[] values = new long[9];
            while (rows.next()) {
                for (int column = 0; column < values.length; column++) {
                    values[column] += rows.getLong(column + 1);
                }
                long open = rows.getLong(values.length + 1);
                if (open > 0) {
                    openByChannel.add(new ChannelCount(rows.getString(values.length + 2), (int) open));
                }
            }
            return values;
        });
    }

    private static List<ChannelCount> sorted(List<ChannelCount> channels) {
        return channels.stream().sorted(Comparator.comparingInt(ChannelCount::count).reversed()
                .thenComparing(ChannelCount::channel, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** Open loops, oldest first; {@code detail} is the age in whole days. */
    private List<IssueRef> oldestOpen(Where where, Instant now, int start, int limit) {
        Where open = where.copy().is("LOOP_STATE", "<>", LoopState.CLOSED.name()).isNotNull("CREATED_AT");
        String query = "SELECT " + sql.column("ISSUE_KEY") + ", " + sql.column("SUMMARY") + ", "
                + sql.column("STATUS_CATEGORY") + ", " + sql.column("CREATED_AT") + " FROM " + sql.table(TABLE)
                + open.sql() + " ORDER BY " + sql.column("CREATED_AT") + ", " + sql.column("ISSUE_ID");
        return sql.queryPage(query, open.parameters(), start, limit, rows -> {
            List<IssueRef> issues = new ArrayList<>();
            while (rows.next()) {
                Instant created = rows.getTimestamp(4).toInstant();
                issues.add(new IssueRef(rows.getString(1), rows.getString(2), rows.getString(3),
                        String.valueOf(Math.max(0, Duration.between(created, now).toDays()))));
            }
            return issues;
        });
    }

    /** The closed loops with a day count, counted per days to tell the customer, quickest first. */
    private TreeMap<Integer, Long> daysToTell(Where where) {
        Where closed = where.copy().is("LOOP_STATE", "=", LoopState.CLOSED.name()).isNotNull("DAYS_TO_CLOSE");
        String days = sql.column("DAYS_TO_CLOSE");
        String query = "SELECT " + days + ", COUNT(*) FROM " + sql.table(TABLE) + closed.sql() + " GROUP BY " + days;
        return sql.query(query, closed.parameters(), rows -> {
            TreeMap<Integer, Long> counts = new TreeMap<>();
            while (rows.next()) {
                counts.merge(rows.getInt(1), rows.getLong(2), Long::sum);
            }
            return counts;
        });
    }

    /** The days to tell the customer of the closed loop at this rank (1 = quickest): nearest-rank percentiles. */
    private static Integer atRank(TreeMap<Integer, Long> daysToTell, int rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> days : daysToTell.entrySet()) {
            seen += days.getValue();
            if (seen >= Math.max(1, rank)) {
                return days.getKey();
            }
        }
        return null;
    }

    private static List<AgeBucket> buckets(int[] counts) {
        List<AgeBucket> buckets = new ArrayList<>();
        for (int i = 0; i < BUCKETS.length; i++) {
            int[] bucket = BUCKETS[i];
            buckets.add(new AgeBucket(bucket[1] < 0 ? ">" + (bucket[0] - 1) : bucket[0] + "-" + bucket[1], bucket[0],
                    bucket[1] < 0 ? null : bucket[1], counts[i]));
        }
        return buckets;
    }
}
