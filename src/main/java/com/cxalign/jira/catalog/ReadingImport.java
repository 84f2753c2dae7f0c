package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.config.ConfigDocumentRules;
import com.cxalign.jira.catalog.csv.ReadingCsv;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Direction;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.MetricKind;
import com.cxalign.jira.catalog.rules.ReadingDraft;
import com.cxalign.jira.catalog.rules.ReadingRules;
import com.cxalign.jira.catalog.store.MetricEntity;
import com.cxalign.jira.catalog.store.ReadingEntity;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
/**
 * Records many readings from one CSV file (see {@link ReadingCsv}), all or nothing: every line is checked first, with
 * the same rules as a single reading, and if any line is wrong nothing is stored and every wrong value is reported by
 * line and column. Otherwise all readings are stored in one transaction.
 *
 * <p>The audit log gets one entry per metric of the file ("import-readings": how many, from which day to which),
 * not one per reading: ten thousand entries would bury every other change, and each reading records who stored it
 * and when anyway. Readings are inserted in one batch, which is what keeps a full file to a few seconds.
 *
 * <p>Who may import: the same rule as {@link ReadingService#add}, for every metric the file names. Administrators, or
 * a user who owns every one of them; a file naming a metric the user does not own is refused as a whole (403).
 */
public class ReadingImport {

    private static final Logger LOG = LoggerFactory.getLogger(ReadingImport.class);

    /** As MetricService audits metrics: the import is a change in the metric's history. */
    private static final String SUBJECT = "metric";

    /**
     * Stands in for the metric of a line whose metric name is wrong: it allows any value, so that the line's other
     * values are still checked and the admin sees all of the line's problems at once.
     */
    private static final Metric ANY_VALUE = new Metric(0, "", MetricKind.CUSTOM, "", Direction.HIGHER_IS_BETTER,
            null, null, BigDecimal.ZERO, null, BigDecimal.ONE, null, null, null, CatalogStatus.ACTIVE, 0);

    private final ActiveObjects ao;
    private final AuditLog audit;
    private final Clock clock;
    private final CatalogChanges changes;

    public ReadingImport(ActiveObjects ao, AuditLog audit, Clock clock, CatalogChanges changes) {
        this.ao = ao;
        this.audit = audit;
        this.clock = clock;
        this.changes = changes;
    }

    /**
     * @return how many readings were stored
     * @throws ValidationException listing every problem, under keys such as {@code line 4: value}
     * @throws ForbiddenException  if the user is not an admin and does not own every metric the file names
     */
    public int importCsv(Actor actor, String csv) {
        Access.requireLoggedIn(actor);
        List<ReadingCsv.Line> lines = ReadingCsv.read(csv);
        int stored = Transactions.write(ao, () -> {
            Map<String, List<Metric>> metrics = Arrays.stream(ao.find(MetricEntity.class))
                    .map(MetricService::toMetric)
                    .collect(Collectors.groupingBy(metric -> ConfigDocumentRules.nameKey(metric.name())));
            List<FieldError> errors = new ArrayList<>();
            List<Metric> named = new ArrayList<>();
            for (ReadingCsv.Line line : lines) {
                named.add(metricOf(line, metrics, errors));
            }
            requireOwner(actor, named);
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            List<Pending> readings = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Pending reading = check(lines.get(i), named.get(i), today, errors);
                if (reading != null) {
                    readings.add(reading);
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            store(actor, readings);
            return readings.size();
        });
        if (stored > 0) {
            // one change for the whole file, which may hold the readings of several metrics (id 0)
            changes.published(ReadingService.SUBJECT, 0);
        }
        return stored;
    }

    /** A checked reading and its metric, to be stored once every line has passed. */
    private record Pending(Metric metric, ReadingDraft reading) {
    }

    /**
     * The metric a line names, ignoring case. Of several with the name, the active one is meant (archived metrics may
     * keep an old name); two active ones are ambiguous. Null, with the problem noted, when there is none to use.
     */
    private static Metric metricOf(ReadingCsv.Line line, Map<String, List<Metric>> metrics, List<FieldError> errors) {
        String field = ReadingCsv.field(line.number(), "metric");
        String name = line.metric() == null ? "" : line.metric().strip();
        if (name.isEmpty()) {
            errors.add(FieldError.of(field, "cx-align.field.required"));
            return null;
        }
        List<Metric> candidates = metrics.getOrDefault(ConfigDocumentRules.nameKey(name), List.of());
        List<Metric> active = candidates.stream().filter(metric -> metric.status() == CatalogStatus.ACTIVE).toList();
        if (candidates.isEmpty()) {
            errors.add(FieldError.of(field, "cx-align.csv.metric.unknown", name));
            return null;
        }
        if (active.size() > 1) {
            errors.add(FieldError.of(field, "cx-align.csv.metric.ambiguous", active.size(), name));
            return null;
        }
        return active.isEmpty() ? candidates.get(0) : active.get(0);
    }

    /** Checked before the lines' values, like ReadingService checks the owner before the reading. */
    private static void requireOwner(Actor actor, List<Metric> metrics) {
        if (actor.admin()) {
            return;
        }
        TreeSet<String> notOwned = metrics.stream()
                .filter(metric -> metric != null && !Objects.equals(actor.userKey(), metric.ownerKey()))
                .map(metric -> "\"" + metric.name() + "\"")
                .collect(Collectors.toCollection(TreeSet::new));
        if (!notOwned.isEmpty()) {
            // Authorization failures are logged (Marketplace security requirements), as Access does.
            LOG.warn("Refused a readings import to user {}, who does not own {}", actor.userKey(), notOwned);
            throw new ForbiddenException("cx-align.reading.import.forbidden", String.join(", ", notOwned));
        }
    }

    /** The line's reading through ReadingRules, or null with its problems added under the line's column names. */
    private static Pending check(ReadingCsv.Line line, Metric metric, LocalDate today, List<FieldError> errors) {
        if (metric != null && metric.status() != CatalogStatus.ACTIVE) {
            errors.add(FieldError.of(ReadingCsv.field(line.number(), "metric"), "cx-align.reading.metric-archived",
                    metric.name()));
        }
        List<FieldError> valueErrors = new ArrayList<>();
        BigDecimal value = ReadingCsv.number(line, valueErrors);
        errors.addAll(valueErrors);
        try {
            ReadingDraft checked = ReadingRules.check(new ReadingDraft(value, line.measuredAt(), line.source(),
                    line.note()), metric == null ? ANY_VALUE : metric, today);
            return metric == null || value == null || metric.status() != CatalogStatus.ACTIVE
                    ? null : new Pending(metric, checked);
        } catch (ValidationException e) {
            for (FieldError error : e.getFieldErrors()) {
                String column = "measuredAt".equals(error.field()) ? "measured_at" : error.field();
                // An unreadable value is already reported; the rules would only add "required".
                if (!("value".equals(column) && !valueErrors.isEmpty())) {
                    errors.add(new FieldError(ReadingCsv.field(line.number(), column), error.messageKey(),
                            error.arguments()));
                }
            }
            return null;
        }
    }

    /** One batch INSERT for all readings, then one audit entry per metric, in the import's transaction. */
    private void store(Actor actor, List<Pending> readings) {
        Date now = StoredValues.instant(clock.instant());
        List<Map<String, Object>> rows = new ArrayList<>(readings.size());
        Map<Metric, List<LocalDate>> daysByMetric = new LinkedHashMap<>();
        for (Pending pending : readings) {
            ReadingDraft reading = pending.reading();
            LocalDate day = LocalDate.parse(reading.measuredAt());
            Map<String, Object> row = new HashMap<>();
            row.put("METRIC_ID", pending.metric().id());
            row.put("READING_VALUE", StoredValues.decimal(reading.value()));
            row.put("MEASURED_AT", StoredValues.day(day));
            row.put("SOURCE", reading.source());
            row.put("NOTE", reading.note());
            row.put("RECORDED_BY", actor.userKey());
            row.put("RECORDED_AT", now);
            rows.add(row);
            daysByMetric.computeIfAbsent(pending.metric(), metric -> new ArrayList<>()).add(day);
        }
        ao.create(ReadingEntity.class, rows);
        daysByMetric.forEach((metric, days) -> audit.record(actor, SUBJECT, metric.id(), "import-readings", null,
                new ImportedReadings(metric.name(), days.size(), Collections.min(days), Collections.max(days))));
    }

    /** The audit log's record of one metric's readings from one file. */
    record ImportedReadings(String metric, int readings, LocalDate measuredFrom, LocalDate measuredTo) {
    }
}
