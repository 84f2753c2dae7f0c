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
 * The feedback-loop dashboard's aggregates over {@code FEEDBACK_ROW}, in at most two SQL statements whatever the
 * number of feedback issues (three on H2, see {@link OrderedPages}): one pass for the funnel, the open loops by age
 * and by channel, and the closed loops counted per days to tell the customer (conditional sums grouped by channel and
 * day count, added up in Java; the median and 90th percentile are nearest ranks walked over the day counts), and one
 * page of the oldest open loops (skipped when there are none).
 */
public class FeedbackLoopQueries {

    static final String TABLE = "FEEDBACK_ROW";
    /** The age buckets of open loops: from and to days (inclusive; null: no upper end). */
    static final int[][] BUCKETS = {{0, 7}, {8, 30}, {31, 90}, {91, -1}};

    /** The oldest open loops' order, and the columns of the index it reads along. */
    static final List<String> PAGE_ORDER = List.of("CREATED_AT", "ISSUE_ID");

    private final ReadModelSql sql;
    private final OrderedPages pages;

    public FeedbackLoopQueries(ReadModelSql sql) {
        this.sql = sql;
        this.pages = new OrderedPages(sql);
    }

    public FeedbackLoopDashboard dashboard(Set<Long> projects, DashboardFilter filter, Instant since, Instant now) {
        List<Long> projectIds = projects.stream().sorted().toList();
        if (projects.isEmpty()) {
            return new FeedbackLoopDashboard(0, 0, 0, 0, null, null, null, null, null, buckets(new int[4]),
                    List.of(), new IssuePage(0, filter.start(), filter.limit(), List.of()), projectIds);
        }
        Where inProjects = new Where(sql).in("PROJECT_ID", projects);
        Where where = inProjects.copy();
        if (filter.channel() != null) {
            where.is("CHANNEL", "=", filter.channel().name());
        }
        if (since != null) {
            where.is("CREATED_AT", ">=", Timestamp.from(since));
        }
        Aggregate aggregate = aggregate(where, now);
        long[] funnel = aggregate.funnel;
        int[] ages = {(int) funnel[4], (int) funnel[5], (int) funnel[6], (int) funnel[7]};
        int withAge = ages[0] + ages[1] + ages[2] + ages[3];
        int received = (int) funnel[0];
        long told = aggregate.daysToTell.values().stream().mapToLong(Long::longValue).sum();
        List<IssueRef> oldest = withAge == 0 || filter.start() >= withAge ? List.of()
                : oldestOpen(where, inProjects, aggregate.oldestOpen, withAge, received, now, filter.start(),
                        filter.limit());
        return new FeedbackLoopDashboard(received, (int) funnel[1], (int) funnel[2], (int) funnel[3],
                AlignmentQueries.percent((int) funnel[1], received),
                AlignmentQueries.percent((int) funnel[2], received),
                AlignmentQueries.percent((int) funnel[3], received),
                atRank(aggregate.daysToTell, (told + 1) / 2), atRank(aggregate.daysToTell, (told * 9 + 9) / 10),
                buckets(ages), sorted(aggregate.openByChannel),
                new IssuePage(withAge, filter.start(), filter.limit(), oldest), projectIds);
    }

    /**
     * One pass, grouped by channel and days to tell: received, acted on, resolved, customer told, then the open loops
     * per age bucket and in all, as conditional sums. Added up here into the funnel and ages, the open loops per
     * channel, and the loops told per day count (the groups with a day count), from which the median and 90th
     * percentile are read: a few thousand groups at most (channels times days), whatever the number of issues.
     */
    private Aggregate aggregate(Where where, Instant now) {
        String loopState = sql.column("LOOP_STATE");
        String created = sql.column("CREATED_AT");
        List<Object> parameters = new ArrayList<>(List.of(Boolean.TRUE, IssueFacts.DONE, LoopState.CLOSED.name()));
        StringBuilder query = new StringBuilder("SELECT COUNT(*)")
                .append(", SUM(CASE WHEN ").append(sql.column("ACTED_ON")).append(" = ? THEN 1 ELSE 0 END)")
                .append(", SUM(CASE WHEN ").append(sql.column("STATUS_CATEGORY")).append(" = ? THEN 1 ELSE 0 END)")
                .append(", SUM(CASE WHEN ").append(loopState).append(" = ? THEN 1 ELSE 0 END)");
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
        // the open loops of the channel, as the channel breakdown counts them, and the oldest one's date, where the
        // page of the oldest open loops starts
        query.append(", SUM(CASE WHEN ").append(loopState).append(" <> ? THEN 1 ELSE 0 END)")
                .append(", MIN(CASE WHEN ").append(loopState).append(" <> ? THEN ").append(created).append(" END)");
        parameters.add(LoopState.CLOSED.name());
        parameters.add(LoopState.CLOSED.name());
        String channel = sql.column("CHANNEL");
        String days = sql.column("DAYS_TO_CLOSE");
        query.append(", ").append(channel).append(", ").append(days);
        query.append(" FROM ").append(sql.table(TABLE)).append(where.sql())
                .append(" GROUP BY ").append(channel).append(", ").append(days);
        parameters.addAll(where.parameters());
        return sql.query(query.toString(), parameters, rows -> {
            Aggregate aggregate = new Aggregate();
            Map<String, Long> openByChannel = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
            int sums = aggregate.funnel.length;
            while (rows.next()) {
                for (int column = 0; column < sums; column++) {
                    aggregate.funnel[column] += rows.getLong(column + 1);
                }
                long open = rows.getLong(sums + 1);
                Timestamp oldest = rows.getTimestamp(sums + 2);
                if (oldest != null && (aggregate.oldestOpen == null || oldest.before(aggregate.oldestOpen))) {
                    aggregate.oldestOpen = oldest;
                }
                String channelName = rows.getString(sums + 3);
                if (open > 0) {
                    openByChannel.merge(channelName, open, Long::sum);
                }
                int daysToTell = rows.getInt(sums + 4);
                boolean withDays = !rows.wasNull();
                long toldThisGroup = rows.getLong(4);
                if (withDays && toldThisGroup > 0) {
                    aggregate.daysToTell.merge(daysToTell, toldThisGroup, Long::sum);
                }
            }
            openByChannel.forEach((name, open) -> aggregate.openByChannel.add(new ChannelCount(name,
                    open.intValue())));
            return aggregate;
        });
    }

    /** What the one pass adds up to. */
    private static final class Aggregate {
        /** Received, acted on, resolved, customer told, then the open loops per age bucket. */
        final long[] funnel = new long[4 + BUCKETS.length];
        final List<ChannelCount> openByChannel = new ArrayList<>();
        /** Days to tell the customer → closed loops with that day count, quickest first. */
        final TreeMap<Integer, Long> daysToTell = new TreeMap<>();
        /** When the oldest open loop was received; null when none is open. */
        Timestamp oldestOpen;
    }

    private static List<ChannelCount> sorted(List<ChannelCount> channels) {
        return channels.stream().sorted(Comparator.comparingInt(ChannelCount::count).reversed()
                .thenComparing(ChannelCount::channel, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /**
     * Open loops, oldest first, from the oldest one's date on; {@code detail} is the age in whole days. On H2 read
     * along the index on (created, issue id) when that visits fewer rows ({@link OrderedPages}).
     */
    private List<IssueRef> oldestOpen(Where where, Where inProjects, Timestamp from, int open, int received,
                                      Instant now, int start, int limit) {
        Where page = where.copy().is("LOOP_STATE", "<>", LoopState.CLOSED.name()).is("CREATED_AT", ">=", from);
        String query = "SELECT " + sql.column("ISSUE_KEY") + ", " + sql.column("SUMMARY") + ", "
                + sql.column("STATUS_CATEGORY") + ", " + sql.column("CREATED_AT") + " FROM "
                + pages.from(TABLE, PAGE_ORDER, inProjects, where.size() > 1, open, received, start + limit)
                + page.sql() + " ORDER BY "
                + sql.column("CREATED_AT") + ", " + sql.column("ISSUE_ID");
        return sql.queryPage(query, page.parameters(), start, limit, rows -> {
            List<IssueRef> issues = new ArrayList<>();
            while (rows.next()) {
                Instant created = rows.getTimestamp(4).toInstant();
                issues.add(new IssueRef(rows.getString(1), rows.getString(2), rows.getString(3),
                        String.valueOf(Math.max(0, Duration.between(created, now).toDays()))));
            }
            return issues;
        });
    }

    /** The days to tell the customer of the closed loop at this rank (1 = quickest): nearest-rank percentiles. */
    private static Integer atRank(TreeMap<Integer, Long> daysToTell, long rank) {
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
