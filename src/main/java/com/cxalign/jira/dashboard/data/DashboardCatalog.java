package com.cxalign.jira.dashboard.data;

import com.cxalign.jira.catalog.CatalogChanges;
import com.cxalign.jira.catalog.GoalService;
import com.cxalign.jira.catalog.MetricService;
import com.cxalign.jira.catalog.MissionService;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.Mission;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.cache.SnapshotCache;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the alignment dashboard needs of the catalogue, in five queries whatever its size: the mission, every goal,
 * every metric (through the catalogue's services), every goal-metric link and the latest reading of each metric
 * (one SQL statement each through {@link ReadModelSql}; the catalogue's services read those per goal and per
 * metric, which would grow with the catalogue). The snapshot is kept in a {@link SnapshotCache} between requests
 * (about 1.5 ms of a request on PostgreSQL otherwise) and cleared on every change the catalogue publishes.
 */
public class DashboardCatalog {

    private final MissionService missions;
    private final GoalService goals;
    private final MetricService metrics;
    private final ReadModelSql sql;
    private final SnapshotCache<Snapshot> cache;

    public DashboardCatalog(MissionService missions, GoalService goals, MetricService metrics, ReadModelSql sql,
                            CatalogChanges changes, SnapshotCache<Snapshot> cache) {
        this.missions = missions;
        this.goals = goals;
        this.metrics = metrics;
        this.sql = sql;
        this.cache = cache;
        changes.subscribe(change -> cache.clear());
    }

    /** The whole catalogue as the dashboard reads it, for a logged-in user. */
    public Snapshot read(Actor actor) {
        Access.requireLoggedIn(actor);
        return cache.get(this::load);
    }

    private Snapshot load() {
        Mission mission = missions.get(Actor.plugin());
        List<Goal> allGoals = goals.list(Actor.plugin(), true);
        List<Metric> allMetrics = metrics.list(Actor.plugin(), true);
        return new Snapshot(mission, List.copyOf(allGoals), List.copyOf(allMetrics), List.copyOf(links()),
                Map.copyOf(latestReadings()));
    }

    private List<int[]> links() {
        String query = "SELECT " + sql.column("GOAL_ID") + ", " + sql.column("METRIC_ID") + " FROM "
                + sql.table("GOAL_METRIC");
        return sql.query(query, List.of(), rows -> {
            List<int[]> links = new ArrayList<>();
            while (rows.next()) {
                links.add(new int[] {rows.getInt(1), rows.getInt(2)});
            }
            return links;
        });
    }

    /** Metric id → its latest reading (the latest day; of two on one day, the one recorded last). */
    private Map<Integer, LatestReading> latestReadings() {
        String reading = sql.table("READING");
        String metricId = sql.column("METRIC_ID");
        String measuredAt = sql.column("MEASURED_AT");
        String id = sql.column("ID");
        String query = "SELECT r." + metricId + ", r." + sql.column("READING_VALUE") + ", r." + measuredAt
                + " FROM " + reading + " r WHERE NOT EXISTS (SELECT 1 FROM " + reading + " n WHERE n." + metricId
                + " = r." + metricId + " AND (n." + measuredAt + " > r." + measuredAt + " OR (n." + measuredAt
                + " = r." + measuredAt + " AND n." + id + " > r." + id + ")))";
        return sql.query(query, List.of(), rows -> {
            Map<Integer, LatestReading> latest = new HashMap<>();
            while (rows.next()) {
                latest.put(rows.getInt(1), new LatestReading(StoredValues.decimal(rows.getString(2)),
                        StoredValues.day(rows.getTimestamp(3))));
            }
            return latest;
        });
    }

    /** The catalogue at one moment; immutable, shared by every request until the catalogue changes. */
    public record Snapshot(Mission mission, List<Goal> goals, List<Metric> metrics, List<int[]> links,
                           Map<Integer, LatestReading> latest) {

        /** The ids of the metrics linked to a goal. */
        public List<Integer> metricIdsOf(int goalId) {
            return links.stream().filter(link -> link[0] == goalId).map(link -> link[1]).toList();
        }
    }

    /** A metric's latest reading. */
    public record LatestReading(BigDecimal value, LocalDate measuredAt) {
    }
}
