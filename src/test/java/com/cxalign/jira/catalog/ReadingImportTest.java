package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static com.cxalign.jira.catalog.Catalog.ANONYMOUS;
import static com.cxalign.jira.catalog.Catalog.nps;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.model.AuditEntry;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.Reading;
import com.cxalign.jira.catalog.rules.MetricDraft;
import com.cxalign.jira.catalog.store.AuditEntryEntity;
import com.cxalign.jira.catalog.store.ReadingEntity;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotLoggedInException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.platform.security.Actor;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(DatabaseTest.class)
public class ReadingImportTest {

    private static final String HEADER = "metric,value,measured_at,source,note\n";
    private static final Actor OWNER = Actor.user("owner-key");

    @Rule
    public Catalog catalog = new Catalog();

    private ReadingImport imports;
    private Metric nps;
    private Metric orders;

    @Before
    public void createMetrics() {
        imports = TransferServices.over(catalog).readingImport;
        nps = catalog.metrics.create(ADMIN, nps("Onboarding NPS", "owner-key"));
        orders = catalog.metrics.create(ADMIN, new MetricDraft("Repeat orders", "ORDER_VOLUME", null,
                "HIGHER_IS_BETTER", null, null, new BigDecimal("100"), "2026-01-01", new BigDecimal("150"),
                "2026-12-31", null, "sales-lead"));
    }

    @Test
    public void aValidFileStoresEveryReadingAndAuditsHowManyEachMetricGot() {
        int audit = auditLength();
        List<CatalogChanges.Change> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        catalog.changes.subscribe(published::add);

        int stored = imports.importCsv(ADMIN, HEADER
                + "Onboarding NPS,24.5,2026-10-31,Q3 survey,n=400\n"
                + "onboarding nps,26,2026-11-01,,\n"
                + "Repeat orders,120,2026-10-31\n");

        assertEquals(3, stored);
        // once, after the commit, so that the dashboards' catalogue snapshot shows the new latest readings
        assertEquals(List.of(new CatalogChanges.Change(ReadingService.SUBJECT, 0)), published);
        assertEquals(List.of("26", "24.5"), values(nps));
        assertEquals(List.of("120"), values(orders));
        Reading first = catalog.readings.list(ADMIN, nps.id(), 10).get(1);
        assertEquals("Q3 survey", first.source());
        assertEquals("n=400", first.note());
        assertEquals("admin-key", first.recordedBy());
        assertEquals(catalog.clock.instant(), first.recordedAt());
        assertEquals(audit + 2, auditLength());
        AuditEntry entry = catalog.audit.list(ADMIN, 0, 2).stream()
                .filter(e -> e.subjectId() == nps.id()).findFirst().orElseThrow();
        assertEquals("metric", entry.subjectType());
        assertEquals("import-readings", entry.action());
        assertEquals("{\"metric\":\"Onboarding NPS\",\"readings\":2,\"measuredFrom\":\"2026-10-31\","
                + "\"measuredTo\":\"2026-11-01\"}", entry.afterJson());
    }

    @Test
    public void oneWrongLineStoresNothingAndEveryProblemIsReportedByLineAndColumn() {
        int audit = auditLength();

        ValidationException error = assertThrows(ValidationException.class, () -> imports.importCsv(ADMIN, HEADER
                + "Onboarding NPS,24,2026-10-31,,\n"
                + "Onboarding NPS,140,2026-10-31,,\n"
                + "Onboarding NPS,\"24,5\",2026-10-31,,\n"
                + "Onboarding NPS,25,2026-11-03,,\n"
                + "Onboarding NPS,25,31.10.2026,,\n"
                + "Onboarding NPZ,25,2026-10-31,,\n"
                + "Repeat orders,-1,2026-10-31," + "s".repeat(121) + ",\n"));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("line 3: value", "cx-align.metric.value.out-of-scale");
        expected.put("line 4: value", "cx-align.csv.value.decimal-comma");
        expected.put("line 5: measured_at", "cx-align.reading.date.future");
        expected.put("line 6: measured_at", "cx-align.field.date");
        expected.put("line 7: metric", "cx-align.csv.metric.unknown");
        expected.put("line 8: value", "cx-align.metric.value.at-least");
        expected.put("line 8: source", "cx-align.field.too-long");
        assertEquals(expected, keys(error));
        assertEquals(0, catalog.ao().activeObjects().count(ReadingEntity.class));
        assertEquals(audit, auditLength());
    }

    @Test
    public void aLineNamingAnUnknownMetricStillHasItsOtherValuesChecked() {
        ValidationException error = assertThrows(ValidationException.class, () -> imports.importCsv(ADMIN,
                HEADER + "Nobody knows,twelve,2027-01-01,,\n"));

        assertEquals(Map.of("line 2: metric", "cx-align.csv.metric.unknown",
                "line 2: value", "cx-align.csv.value.number",
                "line 2: measured_at", "cx-align.reading.date.future"), keys(error));
        assertEquals(List.of("Nobody knows"), error.getFieldErrors().get(0).arguments());
    }

    @Test
    public void anArchivedMetricReceivesNoReadings() {
        catalog.metrics.archive(ADMIN, orders.id(), orders.version());

        ValidationException error = assertThrows(ValidationException.class, () -> imports.importCsv(ADMIN,
                HEADER + "Onboarding NPS,24,2026-10-31\nRepeat orders,120,2026-10-31\n"));

        assertEquals(Map.of("line 3: metric", "cx-align.reading.metric-archived"), keys(error));
        assertEquals(List.of(), values(nps));
    }

    @Test
    public void ofAnArchivedAndAnActiveMetricWithOneNameTheActiveOneIsMeant() {
        catalog.metrics.archive(ADMIN, nps.id(), nps.version());
        Metric successor = catalog.metrics.create(ADMIN, nps("Onboarding NPS", "owner-key"));

        imports.importCsv(ADMIN, HEADER + "Onboarding NPS,24,2026-10-31\n");

        assertEquals(List.of("24"), values(successor));
        assertEquals(List.of(), values(nps));
    }

    @Test
    public void twoActiveMetricsWithOneNameAreAmbiguousRatherThanGuessed() {
        catalog.metrics.create(ADMIN, nps("ONBOARDING NPS", "owner-key"));

        ValidationException error = assertThrows(ValidationException.class, () -> imports.importCsv(ADMIN,
                HEADER + "Onboarding NPS,24,2026-10-31\n"));

        assertEquals(Map.of("line 2: metric", "cx-align.csv.metric.ambiguous"), keys(error));
        assertEquals(List.of("2", "Onboarding NPS"), error.getFieldErrors().get(0).arguments());
    }

    @Test
    public void theOwnerOfEveryMetricInTheFileMayImportIt() {
        assertEquals(2, imports.importCsv(OWNER, HEADER + "Onboarding NPS,24,2026-10-31\n"
                + "Onboarding NPS,25,2026-11-01\n"));

        assertEquals("owner-key", catalog.readings.list(ADMIN, nps.id(), 1).get(0).recordedBy());
    }

    @Test
    public void aFileNamingAMetricTheUserDoesNotOwnIsRefusedAsAWhole() {
        ForbiddenException error = assertThrows(ForbiddenException.class, () -> imports.importCsv(OWNER, HEADER
                + "Onboarding NPS,24,2026-10-31\n"
                + "Repeat orders,120,2026-10-31\n"
                + "Repeat orders,121,2026-11-01\n"));

        assertEquals("cx-align.reading.import.forbidden", error.getMessageKey());
        assertEquals(List.of("\"Repeat orders\""), error.getArguments());
        assertEquals(List.of(), values(nps));
        assertThrows(ForbiddenException.class, () -> imports.importCsv(AGENT,
                HEADER + "Onboarding NPS,24,2026-10-31\n"));
    }

    @Test
    public void nobodyAnonymousImportsAnything() {
        assertThrows(NotLoggedInException.class, () -> imports.importCsv(ANONYMOUS,
                HEADER + "Onboarding NPS,24,2026-10-31\n"));
    }

    @Test
    public void textIsStoredExactlyAsQuotedWhateverTheLineEndsAndByteOrderMark() {
        imports.importCsv(ADMIN, "\uFEFFmetric,value,measured_at,source,note\r\n"
                + "Onboarding NPS,24,2026-10-31,\"Survey, wave 3\",\"She said \"\"better\"\"\r\nand left\"\r\n");

        Reading reading = catalog.readings.list(ADMIN, nps.id(), 1).get(0);
        assertEquals("Survey, wave 3", reading.source());
        assertEquals("She said \"better\"\r\nand left", reading.note());
    }

    @Test
    public void tenThousandReadingsAreStoredInOneGo() {
        String line = "Repeat orders,120,2026-10-31,nightly export,\n";

        assertEquals(10_000, imports.importCsv(ADMIN, HEADER + line.repeat(10_000)));

        assertEquals(10_000, catalog.ao().activeObjects().count(ReadingEntity.class));
    }

    private List<String> values(Metric metric) {
        return catalog.readings.list(ADMIN, metric.id(), 100).stream()
                .map(reading -> reading.value().toPlainString()).toList();
    }

    private int auditLength() {
        return catalog.ao().activeObjects().count(AuditEntryEntity.class);
    }

    private static Map<String, String> keys(ValidationException error) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (FieldError fieldError : error.getFieldErrors()) {
            keys.merge(fieldError.field(), fieldError.messageKey(), (a, b) -> a + " " + b);
        }
        return keys;
    }
}
