package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.HygieneReport;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.store.GoalEntity;
import com.cxalign.jira.catalog.store.GoalMetricEntity;
import com.cxalign.jira.catalog.store.MetricEntity;
import com.cxalign.jira.catalog.store.ReadingEntity;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.java.ao.Query;

/**
 * The measurement hygiene report (habit 3: no over-measurement, no vanity metrics), for admins. It reads the whole
 * catalogue in five queries, one per table, whatever its size: the thresholds, the active goals, the active metrics,
 * every goal-metric link, and the latest reading day of each metric. {@link HygieneFindings} does the rest in memory.
 */
public class HygieneService {

    private final ActiveObjects ao;
    private final Clock clock;
    private final HygieneSettings settings;

    public HygieneService(ActiveObjects ao, Clock clock, HygieneSettings settings) {
        this.ao = ao;
        this.clock = clock;
        this.settings = settings;
    }

    public HygieneReport report(Actor actor) {
        Access.requireAdmin(actor);
        List<Goal> goals = Arrays.stream(ao.find(GoalEntity.class, active())).map(GoalService::toGoal).toList();
        List<Metric> metrics = Arrays.stream(ao.find(MetricEntity.class, active())).map(MetricService::toMetric)
                .toList();
        List<HygieneFindings.Link> links = Arrays.stream(ao.find(GoalMetricEntity.class))
                .map(link -> new HygieneFindings.Link(link.getGoalId(), link.getMetricId())).toList();
        return new HygieneFindings(LocalDate.now(clock.withZone(ZoneOffset.UTC)), settings.current(), goals, metrics,
                links, latestReadingDays()).report();
    }

    /**
     * Metric id → the day of its latest reading, from one GROUP BY query that returns a row per measured metric.
     * Through {@code stream}, because it selects exactly the columns asked for (quoted as each database needs);
     * {@code find} adds every column of the entity, which GROUP BY refuses, and hand-written SQL would need the
     * table's name and schema, which only Active Objects knows inside Jira. The rows are read-only views that carry
     * just these two values: the latest day of each metric, not a real reading.
     */
    private Map<Integer, LocalDate> latestReadingDays() {
        Map<Integer, LocalDate> latest = new HashMap<>();
        ao.stream(ReadingEntity.class, Query.select("METRIC_ID, MAX(MEASURED_AT) AS MEASURED_AT").group("METRIC_ID"),
                row -> latest.put(row.getMetricId(), StoredValues.day(row.getMeasuredAt())));
        return latest;
    }

    private static Query active() {
        return Query.select().where("STATUS = ?", CatalogStatus.ACTIVE.name());
    }
}
