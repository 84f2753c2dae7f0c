package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static com.cxalign.jira.catalog.Catalog.ANONYMOUS;
import static com.cxalign.jira.catalog.Catalog.nps;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.Reading;
import com.cxalign.jira.catalog.rules.ReadingDraft;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotLoggedInException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.platform.security.Actor;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(DatabaseTest.class)
public class ReadingServiceTest {

    private static final Actor OWNER = Actor.user("owner-key");

    @Rule
    public Catalog catalog = new Catalog();

    private Metric metric;

    @Before
    public void createMetric() {
        metric = catalog.metrics.create(ADMIN, nps("Onboarding NPS", "owner-key"));
    }

    @Test
    public void theMetricsOwnerRecordsAReadingWithItsSourceAndWhoRecordedIt() {
        Reading reading = catalog.readings.add(OWNER, metric.id(),
                new ReadingDraft(new BigDecimal("27.5"), "2026-10-31", "Q3 survey", "n=412"));

        assertEquals("27.5", reading.value().toPlainString());
        assertEquals(LocalDate.of(2026, 10, 31), reading.measuredAt());
        assertEquals("Q3 survey", reading.source());
        assertEquals("owner-key", reading.recordedBy());
        assertEquals(catalog.clock.instant(), reading.recordedAt());
    }

    @Test
    public void readingsAreListedNewestFirstUpToTheLimit() {
        add("2026-08-31", "21");
        add("2026-10-31", "27");
        add("2026-09-30", "24");

        List<Reading> latestTwo = catalog.readings.list(AGENT, metric.id(), 2);

        assertEquals(List.of(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 9, 30)),
                latestTwo.stream().map(Reading::measuredAt).toList());
    }

    @Test
    public void otherUsersMayReadButNotRecord() {
        assertThrows(ForbiddenException.class, () -> add(AGENT, "2026-10-31", "30"));
        assertThrows(NotLoggedInException.class, () -> add(ANONYMOUS, "2026-10-31", "30"));
        assertEquals(List.of(), catalog.readings.list(AGENT, metric.id(), 10));
    }

    @Test
    public void aValueOutsideTheScaleOrADateInTheFutureIsRejected() {
        ValidationException scale = assertThrows(ValidationException.class, () -> add("2026-10-31", "101"));
        assertEquals("value", scale.getFieldErrors().get(0).field());

        ValidationException future = assertThrows(ValidationException.class, () -> add("2026-11-03", "30"));
        assertEquals("measuredAt", future.getFieldErrors().get(0).field());

        assertEquals(List.of(), catalog.readings.list(ADMIN, metric.id(), 10));
    }

    @Test
    public void todayIsNotTheFuture() {
        add("2026-11-02", "30");

        assertEquals(1, catalog.readings.list(ADMIN, metric.id(), 10).size());
    }

    @Test
    public void anArchivedMetricTakesNoNewReadings() {
        catalog.metrics.archive(ADMIN, metric.id(), 1);

        assertThrows(ConflictException.class, () -> add("2026-10-31", "30"));
    }

    private void add(String day, String value) {
        add(ADMIN, day, value);
    }

    private void add(Actor actor, String day, String value) {
        catalog.readings.add(actor, metric.id(), new ReadingDraft(new BigDecimal(value), day, "survey", null));
    }
}
