package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.Reading;
import com.cxalign.jira.catalog.rules.ReadingDraft;
import com.cxalign.jira.catalog.rules.ReadingRules;
import com.cxalign.jira.catalog.store.ReadingEntity;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Measured values of metrics. Logged-in users read them; admins and the metric's owner record them (the owner is
 * the person who knows the number). Readings are evidence, so they are never changed, only added.
 */
public class ReadingService {

    public static final int MAX_PAGE = 500;
    static final String SUBJECT = "reading";

    private final ActiveObjects ao;
    private final AuditLog audit;
    private final Clock clock;
    private final MetricService metrics;
    private final CatalogChanges changes;

    public ReadingService(ActiveObjects ao, AuditLog audit, Clock clock, MetricService metrics,
                          CatalogChanges changes) {
        this.ao = ao;
        this.audit = audit;
        this.clock = clock;
        this.metrics = metrics;
        this.changes = changes;
    }

    /** Newest first, at most {@code limit}. */
    public List<Reading> list(Actor actor, int metricId, int limit) {
        Access.requireLoggedIn(actor);
        metrics.require(metricId);
        Query query = Query.select().where("METRIC_ID = ?", metricId).order("MEASURED_AT DESC, ID DESC")
                .limit(Math.max(1, Math.min(limit, MAX_PAGE)));
        return Arrays.stream(ao.find(ReadingEntity.class, query)).map(ReadingService::toReading).toList();
    }

    public Reading add(Actor actor, int metricId, ReadingDraft draft) {
        Access.requireLoggedIn(actor);
        Metric metric = metrics.require(metricId);
        if (!actor.admin() && !Objects.equals(actor.userKey(), metric.ownerKey())) {
            throw new ForbiddenException("cx-align.reading.forbidden", metric.name());
        }
        if (metric.status() != CatalogStatus.ACTIVE) {
            throw new ConflictException("cx-align.reading.metric-archived", metric.name());
        }
        ReadingDraft checked = ReadingRules.check(draft, metric, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        Reading added = Transactions.write(ao, () -> {
            ReadingEntity row = ao.create(ReadingEntity.class, new DBParam("METRIC_ID", metricId),
                    new DBParam("READING_VALUE", StoredValues.decimal(checked.value())),
                    new DBParam("MEASURED_AT", StoredValues.day(LocalDate.parse(checked.measuredAt()))));
            row.setSource(checked.source());
            row.setNote(checked.note());
            row.setRecordedBy(actor.userKey());
            row.setRecordedAt(StoredValues.instant(clock.instant()));
            row.save();
            Reading reading = toReading(row);
            audit.record(actor, SUBJECT, row.getID(), "create", null, reading);
            return reading;
        });
        changes.published(SUBJECT, metricId);
        return added;
    }

    static Reading toReading(ReadingEntity row) {
        return new Reading(row.getID(), row.getMetricId(), StoredValues.decimal(row.getReadingValue()),
                StoredValues.day(row.getMeasuredAt()), row.getSource(), row.getNote(), row.getRecordedBy(),
                StoredValues.instant(row.getRecordedAt()));
    }
}
