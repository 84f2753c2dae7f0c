package com.cxalign.jira.catalog;

import com.cxalign.jira.catalog.config.CheckedConfig.ImportedMetric;
import com.cxalign.jira.catalog.config.ConfigDocumentRules;
import com.cxalign.jira.catalog.config.ImportSummary.ItemChanges;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.rules.CheckedMetric;
import com.cxalign.jira.catalog.store.MetricEntity;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.errors.FieldError;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.java.ao.DBParam;

/**
 * The metrics of an imported document: matched to existing metrics by name, then created or brought in line.
 * Numbers are compared by value, so 20 and 20.0 are the same baseline and re-importing changes nothing.
 */
final class MetricImport {

    private final ImportRun run;
    private final ImportedItems<MetricEntity, Metric> items;
    private final Map<ImportedMetric, MetricEntity> matches = new LinkedHashMap<>();
    private final Map<String, Integer> idsByName = new HashMap<>();

    MetricImport(ImportRun run) {
        this.run = run;
        this.items = new ImportedItems<>(run, "metric", run.ao.find(MetricEntity.class), MetricEntity::getName,
                MetricService::toMetric);
    }

    void match(List<ImportedMetric> metrics, List<FieldError> errors) {
        for (ImportedMetric metric : metrics) {
            matches.put(metric, items.match(metric.path(), metric.metric().name(), metric.status(), errors,
                    "cx-align.config.metric.ambiguous"));
        }
    }

    void apply() {
        matches.forEach((metric, existing) -> {
            MetricEntity row = existing;
            if (row == null) {
                row = items.create(() -> insert(metric));
            } else {
                items.update(row, current -> matchesDocument(current, metric), current -> write(current, metric));
            }
            idsByName.put(ConfigDocumentRules.nameKey(metric.metric().name()), row.getID());
        });
    }

    ItemChanges finish(boolean archiveMissing) {
        return items.finish(archiveMissing);
    }

    /** The id of the metric an entry of the document named, after {@link #apply()}. */
    int idOf(String name) {
        return idsByName.get(ConfigDocumentRules.nameKey(name));
    }

    String nameOf(int id) {
        return items.nameOf(id);
    }

    /** Inserted as MetricService.create inserts: the NOT NULL columns with the INSERT, the rest saved after. */
    private MetricEntity insert(ImportedMetric metric) {
        CheckedMetric checked = metric.metric();
        MetricEntity row = run.ao.create(MetricEntity.class, new DBParam("NAME", checked.name()),
                new DBParam("KIND", checked.kind().name()), new DBParam("DIRECTION", checked.direction().name()),
                new DBParam("STATUS", metric.status().name()), new DBParam("ROW_VERSION", 1));
        write(row, metric);
        row.setUpdatedAt(run.now());
        row.save();
        return row;
    }

    private static boolean matchesDocument(MetricEntity row, ImportedMetric metric) {
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
    private static void write(MetricEntity row, ImportedMetric metric) {
        CheckedMetric checked = metric.metric();
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
        row.setStatus(metric.status().name());
    }
}
