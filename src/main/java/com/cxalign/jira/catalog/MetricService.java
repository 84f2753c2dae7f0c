package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Direction;
import com.cxalign.jira.catalog.model.JourneyStage;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.MetricKind;
import com.cxalign.jira.catalog.rules.CheckedMetric;
import com.cxalign.jira.catalog.rules.MetricDraft;
import com.cxalign.jira.catalog.rules.MetricRules;
import com.cxalign.jira.catalog.store.GoalMetricEntity;
import com.cxalign.jira.catalog.store.MetricEntity;
import com.cxalign.jira.catalog.store.ReadingEntity;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.time.Clock;
import java.util.List;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The metrics that measure progress toward goals. Logged-in users read them; admins change them. A metric with
 * readings can only be archived: its history is evidence and is never deleted.
 */
public class MetricService {

    private final ActiveObjects ao;
    private final ItemLifecycle<MetricEntity, Metric> lifecycle;
    private final CatalogUsage usage;

    public MetricService(ActiveObjects ao, AuditLog audit, Clock clock, CatalogChanges changes, CatalogUsage usage) {
        this.ao = ao;
        this.usage = usage;
        this.lifecycle = new ItemLifecycle<>(ao, audit, clock, MetricEntity.class, "metric",
                "cx-align.metric.not-found", MetricService::toMetric, changes);
    }

    public List<Metric> list(Actor actor, boolean includeArchived) {
        Access.requireLoggedIn(actor);
        return lifecycle.list(includeArchived, "NAME, ID");
    }

    public Metric get(Actor actor, int id) {
        Access.requireLoggedIn(actor);
        return lifecycle.get(id);
    }

    public Metric create(Actor actor, MetricDraft draft) {
        Access.requireAdmin(actor);
        CheckedMetric checked = MetricRules.check(draft);
        Metric created = Transactions.write(ao, () -> {
            MetricEntity row = ao.create(MetricEntity.class, new DBParam("NAME", checked.name()),
                    new DBParam("KIND", checked.kind().name()), new DBParam("DIRECTION", checked.direction().name()),
                    new DBParam("STATUS", CatalogStatus.ACTIVE.name()), new DBParam("ROW_VERSION", 1));
            apply(row, checked);
            row.save();
            return lifecycle.created(actor, row);
        });
        lifecycle.published(created.id());
        return created;
    }

    public Metric update(Actor actor, int id, MetricDraft draft, int expectedVersion) {
        Access.requireAdmin(actor);
        CheckedMetric checked = MetricRules.check(draft);
        return lifecycle.change(actor, id, expectedVersion, "update", row -> apply(row, checked));
    }

    public Metric archive(Actor actor, int id, int expectedVersion) {
        Access.requireAdmin(actor);
        return lifecycle.archive(actor, id, expectedVersion);
    }

    public Metric restore(Actor actor, int id, int expectedVersion) {
        Access.requireAdmin(actor);
        return lifecycle.restore(actor, id, expectedVersion, row -> { });
    }

    /**
     * Deletes a metric nobody has measured yet, with its goal links; one with readings, or one that CX initiatives
     * name, must be archived.
     */
    public void delete(Actor actor, int id, int expectedVersion) {
        Access.requireAdmin(actor);
        lifecycle.delete(actor, id, expectedVersion, row -> {
            if (ao.count(ReadingEntity.class, Query.select().where("METRIC_ID = ?", id)) > 0) {
                throw new ConflictException("cx-align.metric.delete.has-readings", row.getName());
            }
            int naming = usage.initiativesNamingMetric(id);
            if (naming > 0) {
                throw new ConflictException("cx-align.metric.delete.named-by-initiatives", row.getName(),
                        String.valueOf(naming));
            }
            ao.deleteWithSQL(GoalMetricEntity.class, "METRIC_ID = ?", id);
        });
    }

    /** For the rest of the catalogue: the metric, or a 404. */
    Metric require(int id) {
        return lifecycle.get(id);
    }

    /** Writes a checked metric's fields; shared with the configuration import so both store metrics alike. */
    static void apply(MetricEntity row, CheckedMetric checked) {
        row.setName(checked.name());
        row.setKind(checked.kind().name());
        row.setUnit(checked.unit());
        row.setDirection(checked.direction().name());
        row.setRangeLow(StoredValues.decimal(checked.rangeLow()));
        row.setRangeHigh(StoredValues.decimal(checked.rangeHigh()));
        row.setBaseline(StoredValues.decimal(checked.baseline()));
        row.setBaselineDate(StoredValues.day(checked.baselineDate()));
        row.setTarget(StoredValues.decimal(checked.target()));
        row.setTargetDate(StoredValues.day(checked.targetDate()));
        row.setJourneyStage(checked.journeyStage() == null ? null : checked.journeyStage().name());
        row.setOwnerKey(checked.ownerKey());
    }

    static Metric toMetric(MetricEntity row) {
        return new Metric(row.getID(), row.getName(), MetricKind.valueOf(row.getKind()), row.getUnit(),
                Direction.valueOf(row.getDirection()), StoredValues.decimal(row.getRangeLow()),
                StoredValues.decimal(row.getRangeHigh()), StoredValues.decimal(row.getBaseline()),
                StoredValues.day(row.getBaselineDate()), StoredValues.decimal(row.getTarget()),
                StoredValues.day(row.getTargetDate()),
                row.getJourneyStage() == null ? null : JourneyStage.valueOf(row.getJourneyStage()),
                row.getOwnerKey(), CatalogStatus.valueOf(row.getStatus()), row.getRowVersion());
    }
}
