package com.cxalign.jira.dashboard.data;

import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.Mission;
import com.cxalign.jira.dashboard.data.AlignmentDashboard.GoalSummary;
import com.cxalign.jira.dashboard.data.AlignmentDashboard.IssuePage;
import com.cxalign.jira.dashboard.data.AlignmentDashboard.IssueRef;
import com.cxalign.jira.dashboard.data.AlignmentDashboard.MetricSummary;
import com.cxalign.jira.dashboard.data.DashboardCatalog.LatestReading;
import com.cxalign.jira.dashboard.data.DashboardCatalog.Snapshot;
import com.cxalign.jira.dashboard.readmodel.IssueFacts;
import com.cxalign.jira.initiative.alignment.MetricProgress;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The alignment dashboard's aggregates over {@code INITIATIVE_ROW}, in at most two SQL statements whatever the
 * number of initiatives (three on H2, see {@link OrderedPages}): the counts per goal and status category (GROUP BY
 * goal, with the aligned ones counted in the same pass), and one page of the initiatives that are not fully aligned
 * (skipped when there are none). The catalogue's side (goals, metrics, readings) comes from a {@link Snapshot}.
 */
public class AlignmentQueries {

    /** Progress within this many percentage points of the expected is on track. */
    static final int PACE_TOLERANCE = 5;
    static final String TABLE = "INITIATIVE_ROW";

    /** The unaligned initiatives' order, oldest first, and the columns of the index it reads along. */
    static final List<String> PAGE_ORDER = List.of("CREATED_AT", "ISSUE_ID");

    private final ReadModelSql sql;
    private final OrderedPages pages;

    public AlignmentQueries(ReadModelSql sql) {
        this.sql = sql;
        this.pages = new OrderedPages(sql);
    }

    public AlignmentDashboard dashboard(Snapshot catalog, Set<Long> projects, DashboardFilter filter,
                                        Instant since, LocalDate today) {
        Where inProjects = new Where(sql).in("PROJECT_ID", projects);
        Where where = where(inProjects, filter, since);
        Counted counted = projects.isEmpty() ? new Counted(Map.of(), null) : counts(where);
        Map<Integer, Counts> counts = counted.byGoal();
        int total = counts.values().stream().mapToInt(Counts::total).sum();
        int unalignedTotal = counts.values().stream().mapToInt(count -> count.total() - count.aligned()).sum();
        List<IssueRef> unaligned = unalignedTotal == 0 || filter.start() >= unalignedTotal ? List.of()
                : unaligned(where, inProjects, counted.firstUnaligned(), unalignedTotal, total, filter.start(),
                        filter.limit());
        List<GoalSummary> goals = goals(catalog, counts, filter.goalId());
        return new AlignmentDashboard(mission(catalog.mission()), goals,
                new IssuePage(unalignedTotal, filter.start(), filter.limit(), unaligned),
                metrics(catalog, goals, today), projects.stream().sorted().toList());
    }

    private static Where where(Where inProjects, DashboardFilter filter, Instant since) {
        Where where = inProjects.copy();
        if (filter.goalId() != null) {
            where.is("GOAL_ID", "=", filter.goalId());
        }
        if (since != null) {
            where.is("CREATED_AT", ">=", Timestamp.from(since));
        }
        return where;
    }

    /**
     * Goal id (0: none) → its initiatives by status category, from one GROUP BY goal with a conditional sum per status
     * category (grouping by goal and status category as well costs PostgreSQL a third more for the same numbers), and
     * when the oldest unaligned initiative was created, where the page of unaligned ones starts.
     */
    private Counted counts(Where where) {
        List<Object> parameters = new ArrayList<>(List.of(IssueFacts.NEW, IssueFacts.IN_PROGRESS, IssueFacts.DONE,
                Boolean.TRUE, Boolean.FALSE));
        parameters.addAll(where.parameters());
        String status = sql.column("STATUS_CATEGORY");
        String query = "SELECT " + sql.column("GOAL_ID")
                + ", SUM(CASE WHEN " + status + " = ? THEN 1 ELSE 0 END)"
                + ", SUM(CASE WHEN " + status + " = ? THEN 1 ELSE 0 END)"
                + ", SUM(CASE WHEN " + status + " = ? THEN 1 ELSE 0 END)"
                + ", COUNT(*), SUM(CASE WHEN " + sql.column("ALIGNED") + " = ? THEN 1 ELSE 0 END)"
                + ", MIN(CASE WHEN " + sql.column("ALIGNED") + " = ? THEN " + sql.column("CREATED_AT") + " END) FROM "
                + sql.table(TABLE) + where.sql() + " GROUP BY " + sql.column("GOAL_ID");
        return sql.query(query, parameters, rows -> {
            Map<Integer, Counts> counts = new LinkedHashMap<>();
            Timestamp firstUnaligned = null;
            while (rows.next()) {
                int goalId = rows.getInt(1);
                counts.put(rows.wasNull() ? 0 : goalId, new Counts((int) rows.getLong(2), (int) rows.getLong(3),
                        (int) rows.getLong(4), (int) rows.getLong(5), (int) rows.getLong(6)));
                Timestamp first = rows.getTimestamp(7);
                if (first != null && (firstUnaligned == null || first.before(firstUnaligned))) {
                    firstUnaligned = first;
                }
            }
            return new Counted(counts, firstUnaligned);
        });
    }

    /**
     * Initiatives not fully aligned, oldest first, from the oldest one's creation on (a row without a creation
     * time, which a Jira issue always has, would be counted but not listed); on H2 read along the index on
     * (created, issue id) when that visits fewer rows ({@link OrderedPages}).
     */
    private List<IssueRef> unaligned(Where where, Where inProjects, Timestamp from, int unalignedTotal, int total,
                                     int start, int limit) {
        Where unaligned = where.copy().is("ALIGNED", "=", Boolean.FALSE).is("CREATED_AT", ">=", from);
        String query = "SELECT " + sql.column("ISSUE_KEY") + ", " + sql.column("SUMMARY") + ", "
                + sql.column("STATUS_CATEGORY") + ", " + sql.column("GOAL_ID") + ", " + sql.column("METRIC_ID")
                + ", " + sql.column("HAS_OUTCOME") + " FROM "
                + pages.from(TABLE, PAGE_ORDER, inProjects, where.size() > 1, unalignedTotal, total, start + limit)
                + unaligned.sql()
                + " ORDER BY " + sql.column("CREATED_AT") + ", " + sql.column("ISSUE_ID");
        return sql.queryPage(query, unaligned.parameters(), start, limit, rows -> {
            List<IssueRef> issues = new ArrayList<>();
            while (rows.next()) {
                List<String> missing = new ArrayList<>();
                rows.getInt(4);
                if (rows.wasNull()) {
                    missing.add("goal");
                }
                rows.getInt(5);
                if (rows.wasNull()) {
                    missing.add("metric");
                }
                if (!rows.getBoolean(6)) {
                    missing.add("outcome");
                }
                issues.add(new IssueRef(rows.getString(1), rows.getString(2), rows.getString(3),
                        String.join(",", missing)));
            }
            return issues;
        });
    }

    /**
     * The goals shown: with a goal asked for, that one; else every active goal (even without initiatives), then
     * archived or deleted goals that still have initiatives, then the initiatives without a goal (id 0).
     */
    private static List<GoalSummary> goals(Snapshot catalog, Map<Integer, Counts> counts, Integer goalId) {
        Map<Integer, Goal> byId = catalog.goals().stream().collect(Collectors.toMap(Goal::id, Function.identity()));
        Set<Integer> shown = new LinkedHashSet<>();
        if (goalId != null) {
            shown.add(goalId);
        } else {
            catalog.goals().stream().filter(goal -> goal.status() == CatalogStatus.ACTIVE)
                    .forEach(goal -> shown.add(goal.id()));
            catalog.goals().stream().filter(goal -> counts.containsKey(goal.id()))
                    .forEach(goal -> shown.add(goal.id()));
            counts.keySet().stream().filter(id -> id != 0 && !byId.containsKey(id)).sorted().forEach(shown::add);
            if (counts.containsKey(0)) {
                shown.add(0);
            }
        }
        List<GoalSummary> goals = new ArrayList<>();
        for (int id : shown) {
            Goal goal = byId.get(id);
            Counts count = counts.getOrDefault(id, Counts.NONE);
            goals.add(new GoalSummary(id, goal == null ? null : goal.name(),
                    goal != null && goal.status() == CatalogStatus.ARCHIVED, count.open(), count.inProgress(),
                    count.done(), count.total(), count.aligned(), percent(count.aligned(), count.total())));
        }
        return goals;
    }

    /** The active metrics linked to the goals shown, in the catalogue's order (by name), each once. */
    private static List<MetricSummary> metrics(Snapshot catalog, List<GoalSummary> goals, LocalDate today) {
        Set<Integer> linked = new LinkedHashSet<>();
        goals.forEach(goal -> linked.addAll(catalog.metricIdsOf(goal.goalId())));
        List<MetricSummary> metrics = new ArrayList<>();
        for (Metric metric : catalog.metrics()) {
            if (metric.status() == CatalogStatus.ACTIVE && linked.contains(metric.id())) {
                metrics.add(summary(metric, catalog.latest().get(metric.id()), today));
            }
        }
        return metrics;
    }

    static MetricSummary summary(Metric metric, LatestReading latest, LocalDate today) {
        Integer progress = latest == null ? null : MetricProgress.percent(metric.direction(), metric.baseline(),
                latest.value(), metric.target(), metric.rangeLow(), metric.rangeHigh());
        Integer expected = expectedPercent(metric.baselineDate(), metric.targetDate(), today);
        return new MetricSummary(metric.id(), metric.name(), metric.unit(), metric.direction().name(),
                metric.baseline(), day(metric.baselineDate()), latest == null ? null : latest.value(),
                latest == null ? null : day(latest.measuredAt()), metric.target(), day(metric.targetDate()),
                progress, expected, pace(progress, expected));
    }

    /** The share of the time from the baseline's day to the target's day that has passed by today, 0 to 100. */
    static Integer expectedPercent(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null || to == null || !to.isAfter(from)) {
            return null;
        }
        long span = ChronoUnit.DAYS.between(from, to);
        long passed = Math.max(0, Math.min(span, ChronoUnit.DAYS.between(from, today)));
        return (int) (passed * 100 / span);
    }

    /** {@code ahead}, {@code on-track} or {@code behind} the straight line to the target; null when unknown. */
    static String pace(Integer progress, Integer expected) {
        if (progress == null || expected == null) {
            return null;
        }
        int ahead = progress - expected;
        return ahead > PACE_TOLERANCE ? "ahead" : ahead < -PACE_TOLERANCE ? "behind" : "on-track";
    }

    static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) ((long) part * 100 / whole);
    }

    private static AlignmentDashboard.Mission mission(Mission mission) {
        return mission == null || mission.version() == 0 ? null
                : new AlignmentDashboard.Mission(mission.statement(), mission.successStatement());
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /** The counts per goal (0: none) and when the oldest unaligned initiative was created (null: none). */
    private record Counted(Map<Integer, Counts> byGoal, Timestamp firstUnaligned) {
    }

    /** One goal's initiatives by status category (total also counts any other category), and how many are aligned. */
    private record Counts(int open, int inProgress, int done, int total, int aligned) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }
}
