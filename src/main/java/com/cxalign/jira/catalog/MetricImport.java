package com.cxalign.jira.catalog;

import com.cxalign.jira.catalog.config.CheckedConfig.ImportedMetric;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.rules.CheckedMetric;
import com.cxalign.jira.catalog.store.MetricEntity;
import com.cxalign.jira.catalog.store.StoredValues;

import java.math.BigDecimal;
import java.util.Objects;

import net.java.ao.DBParam;

/**
 * The metrics of an imported document: matched to existing metrics by name, then created or brought in line.
 * Numbers are compared by value, so 20 and 20.0 are the same baseline and re-importing changes nothing.
 */
final class MetricImport extends NamedItemImport<ImportedMetric, MetricEntity, Metric> {

    MetricImport(ImportRun run) {
        super(run, "metric", MetricEntity.class, MetricEntity::getName, "cx-align.config.metric.ambiguous");
    }

    @Override
    Metric view(MetricEntity row) {
        return MetricService.toMetric(row);
    }

    /** Inserted as MetricService.create inserts: the NOT NULL columns with the INSERT, the rest saved after. */
    @Override
    MetricEntity insert(ImportedMetric metric) {
        CheckedMetric checked = metric.metric();
        MetricEntity row = run.ao.create(MetricEntity.class, new DBParam("NAME", checked.name()),
                new DBParam("KIND", checked.kind().name()), new DBParam("DIRECTION", checked.direction().name()),
                new DBParam("STATUS", metric.status().name()), new DBParam("ROW_VERSION", 1));
        write(row, metric);
        row.setUpdatedAt(run.now());
        row.save();
        return row;
    }

    @Override
    boolean matchesDocument(MetricEntity row, ImportedMetric metric) {
        CheckedMetric checked = metric.metric();
        return checked.name().equals(row.getName())
                && checked.kind().name().equals(row.getKind())
                && Objects.equals(checked.unit(), row.getUnit())
                && checked.direction().name().equals(row.getDirection())
                && sameNumber(checked.rangeLow(), row.getRangeLow())
                && sameNumber(checked.rangeHigh(), row.getRangeHigh())
                && sameNumber(checked.baseline(), row.getBaseline())
                && Objects.equals(checked.baselineDate(), StoredValues.day(row.getBaselineDate()))
                && sameNumber(checked.target(), row.getTarget())
                && Objects.equals(checked.targetDate(), StoredValues.day(row.getTargetDate()))
                && Objects.equals(checked.journeyStage() == null ? null : checked.journeyStage().name(),
                        row.getJourneyStage())
                && Objects.equals(checked.ownerKey(), row.getOwnerKey())
                && metric.status().name().equals(row.getStatus());
    }

    private static boolean sameNumber(BigDecimal value, String stored) {
        return value == null ? stored == null : stored != null && value.compareTo(StoredValues.decimal(stored)) == 0;
    }

    /** The fields MetricService writes on an edit, and the status the document gives. */
    @Override
    void write(MetricEntity row, ImportedMetric metric) {
        MetricService.apply(row, metric.metric());
        row.setStatus(metric.status().name());
    }
}
