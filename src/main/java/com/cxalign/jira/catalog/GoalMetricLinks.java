package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.store.GoalMetricEntity;
import com.cxalign.jira.catalog.store.MetricEntity;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** Which metrics serve which goal. A metric can serve several goals; a link is made once. */
public class GoalMetricLinks {

    static final String SUBJECT = "goal-metric";

    private final ActiveObjects ao;
    private final AuditLog audit;
    private final GoalService goals;
    private final MetricService metrics;
    private final CatalogChanges changes;

    public GoalMetricLinks(ActiveObjects ao, AuditLog audit, GoalService goals, MetricService metrics,
                           CatalogChanges changes) {
        this.ao = ao;
        this.audit = audit;
        this.goals = goals;
        this.metrics = metrics;
        this.changes = changes;
    }

    /** The metrics serving a goal, by name; archived ones only when asked for. Two queries, whatever the count. */
    public List<Metric> metricsOf(Actor actor, int goalId, boolean includeArchived) {
        Access.requireLoggedIn(actor);
        goals.require(goalId);
        Object[] ids = Arrays.stream(ao.find(GoalMetricEntity.class, Query.select().where("GOAL_ID = ?", goalId)))
                .map(GoalMetricEntity::getMetricId).toArray();
        if (ids.length == 0) {
            return List.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(ids.length, "?"));
        return Arrays.stream(ao.find(MetricEntity.class, Query.select().where("ID IN (" + placeholders + ")", ids)))
                .map(MetricService::toMetric)
                .filter(metric -> includeArchived || metric.status() == CatalogStatus.ACTIVE)
                .sorted(Comparator.comparing(Metric::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The ids of the goals a metric serves. */
    public List<Integer> goalIdsOf(Actor actor, int metricId) {
        Access.requireLoggedIn(actor);
        metrics.require(metricId);
        return Arrays.stream(ao.find(GoalMetricEntity.class,
                        Query.select().where("METRIC_ID = ?", metricId).order("GOAL_ID")))
                .map(GoalMetricEntity::getGoalId).toList();
    }

    /** Links a metric to a goal; linking again changes nothing. Only active goals and metrics can be linked. */
    public void link(Actor actor, int goalId, int metricId) {
        Access.requireAdmin(actor);
        boolean linked = Transactions.write(ao, () -> {
            Goal goal = goals.require(goalId);
            Metric metric = metrics.require(metricId);
            if (goal.status() != CatalogStatus.ACTIVE || metric.status() != CatalogStatus.ACTIVE) {
                throw new ConflictException("cx-align.link.archived");
            }
            if (linkCount(goalId, metricId) > 0) {
                return false;
            }
            ao.create(GoalMetricEntity.class, new DBParam("GOAL_ID", goalId), new DBParam("METRIC_ID", metricId));
            audit.record(actor, SUBJECT, goalId, "link", null, new Link(goalId, metricId));
            return true;
        });
        publishIf(linked, goalId);
    }

    /** Removes the link if there is one. */
    public void unlink(Actor actor, int goalId, int metricId) {
        Access.requireAdmin(actor);
        boolean unlinked = Transactions.write(ao, () -> {
            goals.require(goalId);
            metrics.require(metricId);
            if (ao.deleteWithSQL(GoalMetricEntity.class, "GOAL_ID = ? AND METRIC_ID = ?", goalId, metricId) == 0) {
                return false;
            }
            audit.record(actor, SUBJECT, goalId, "unlink", new Link(goalId, metricId), null);
            return true;
        });
        publishIf(unlinked, goalId);
    }

    /** A link made or removed clears the copies of the catalogue on every node; nothing changed, nothing to clear. */
    private void publishIf(boolean changed, int goalId) {
        if (changed) {
            changes.published(SUBJECT, goalId);
        }
    }

    private int linkCount(int goalId, int metricId) {
        return ao.count(GoalMetricEntity.class,
                Query.select().where("GOAL_ID = ? AND METRIC_ID = ?", goalId, metricId));
    }

    /** A link as the audit log records it. */
    record Link(int goalId, int metricId) {
    }
}
