package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static com.cxalign.jira.catalog.Catalog.goal;
import static com.cxalign.jira.catalog.Catalog.nps;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Direction;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.MetricKind;
import com.cxalign.jira.catalog.rules.MetricDraft;
import com.cxalign.jira.catalog.rules.ReadingDraft;
import com.cxalign.jira.dashboard.store.InitiativeRowEntity;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(DatabaseTest.class)
public class MetricServiceTest {

    @Rule
    public Catalog catalog = new Catalog();

    @Test
    public void aMetricIsStoredWithEveryFieldAndTheKindsDefaultUnit() {
        Metric created = catalog.metrics.create(ADMIN, nps("Onboarding NPS", "owner-key"));

        Metric read = catalog.metrics.get(AGENT, created.id());
        assertEquals(created, read);
        assertEquals(MetricKind.NPS, read.kind());
        assertEquals("NPS", read.unit());
        assertEquals(Direction.HIGHER_IS_BETTER, read.direction());
        assertEquals(0, new BigDecimal("20").compareTo(read.baseline()));
        assertEquals(LocalDate.of(2026, 12, 31), read.targetDate());
        assertEquals(1, read.version());
    }

    @Test
    public void moneyAndFractionsComeBackExactly() {
        Metric revenue = catalog.metrics.create(ADMIN, new MetricDraft("Repeat-order revenue", "revenue", "EUR",
                "higher is better", null, null, new BigDecimal("1234567.89"), "2026-01-01",
                new BigDecimal("1500000.01"), "2026-12-31", null, null));

        Metric read = catalog.metrics.get(ADMIN, revenue.id());
        assertEquals("1234567.89", read.baseline().toPlainString());
        assertEquals("1500000.01", read.target().toPlainString());
        assertEquals("EUR", read.unit());
    }

    @Test
    public void aRangeMetricKeepsItsBounds() {
        Metric range = catalog.metrics.create(ADMIN, new MetricDraft("First reply time", "CUSTOM", "hours",
                "WITHIN_RANGE", new BigDecimal("2"), new BigDecimal("4"), new BigDecimal("9"), "2026-01-01",
                new BigDecimal("3"), "2026-06-30", "SUPPORT", null));

        Metric read = catalog.metrics.get(ADMIN, range.id());
        assertEquals(0, new BigDecimal("2").compareTo(read.rangeLow()));
        assertEquals(0, new BigDecimal("4").compareTo(read.rangeHigh()));
    }

    @Test
    public void impossibleValuesAreRejectedFieldByFieldAndNothingIsStored() {
        MetricDraft wrong = new MetricDraft("", "NPS", null, "HIGHER_IS_BETTER", null, null, new BigDecimal("140"),
                "2026-13-01", new BigDecimal("10"), "2026-12-31", "NOWHERE", null);

        ValidationException error = assertThrows(ValidationException.class, () -> catalog.metrics.create(ADMIN, wrong));

        Set<String> fields = error.getFieldErrors().stream().map(FieldError::field).collect(Collectors.toSet());
        assertEquals(Set.of("name", "baseline", "baselineDate", "journeyStage"), fields);
        assertEquals(List.of(), catalog.metrics.list(ADMIN, true));
    }

    @Test
    public void aMetricWithReadingsCannotBeDeletedButCanBeArchived() {
        Metric metric = catalog.metrics.create(ADMIN, nps("Onboarding NPS", "owner-key"));
        catalog.readings.add(ADMIN, metric.id(), new ReadingDraft(new BigDecimal("24"), "2026-10-31", "survey", null));

        ConflictException error = assertThrows(ConflictException.class,
                () -> catalog.metrics.delete(ADMIN, metric.id(), 1));
        assertEquals("cx-align.metric.delete.has-readings", error.getMessageKey());

        Metric archived = catalog.metrics.archive(ADMIN, metric.id(), 1);
        assertEquals(CatalogStatus.ARCHIVED, archived.status());
        assertEquals(List.of(), catalog.metrics.list(AGENT, false));
    }

    @Test
    public void aMetricNobodyMeasuredCanBeDeleted() {
        Metric metric = catalog.metrics.create(ADMIN, nps("Onboarding NPS", "owner-key"));

        catalog.metrics.delete(ADMIN, metric.id(), 1);

        assertThrows(NotFoundException.class, () -> catalog.metrics.get(ADMIN, metric.id()));
    }

    @Test
    public void aMetricThatInitiativesNameCannotBeDeletedAndStaysWithItsLinks() {
        Metric metric = catalog.metrics.create(ADMIN, nps("Onboarding NPS", "owner-key"));
        int goal = catalog.goals.create(ADMIN, goal("Reduce onboarding churn")).id();
        catalog.links.link(ADMIN, goal, metric.id());
        catalog.initiativeNaming(10001L, goal, metric.id());
        catalog.initiativeNaming(10002L, null, metric.id());
        catalog.initiativeNaming(10003L, null, metric.id());
        catalog.initiativeNaming(10004L, goal, null);

        ConflictException error = assertThrows(ConflictException.class,
                () -> catalog.metrics.delete(ADMIN, metric.id(), 1));

        assertEquals("cx-align.metric.delete.named-by-initiatives", error.getMessageKey());
        assertEquals(List.of("Onboarding NPS", "3"), error.getArguments());
        assertEquals(metric, catalog.metrics.get(ADMIN, metric.id()));
        assertEquals(List.of(goal), catalog.links.goalIdsOf(ADMIN, metric.id()));
    }

    @Test
    public void aMetricCanBeDeletedOnceNoInitiativeNamesItAnyMore() {
        Metric metric = catalog.metrics.create(ADMIN, nps("Onboarding NPS", "owner-key"));
        Metric other = catalog.metrics.create(ADMIN, nps("Support CSAT", "owner-key"));
        InitiativeRowEntity naming = catalog.initiativeNaming(10001L, null, metric.id());
        catalog.initiativeNaming(10002L, null, other.id());
        assertThrows(ConflictException.class, () -> catalog.metrics.delete(ADMIN, metric.id(), 1));

        catalog.ao().activeObjects().delete(naming);
        catalog.metrics.delete(ADMIN, metric.id(), 1);

        assertThrows(NotFoundException.class, () -> catalog.metrics.get(ADMIN, metric.id()));
    }

    @Test
    public void anEditBasedOnAnOldVersionIsAConflict() {
        Metric metric = catalog.metrics.create(ADMIN, nps("Onboarding NPS", "owner-key"));
        catalog.metrics.update(ADMIN, metric.id(), nps("Onboarding NPS (survey)", "owner-key"), 1);

        assertThrows(ConflictException.class,
                () -> catalog.metrics.update(ADMIN, metric.id(), nps("Lost", "owner-key"), 1));
        assertEquals("Onboarding NPS (survey)", catalog.metrics.get(ADMIN, metric.id()).name());
    }

    @Test
    public void onlyAdminsChangeMetrics() {
        assertThrows(ForbiddenException.class, () -> catalog.metrics.create(AGENT, nps("Mine", "agent-key")));
        assertEquals(List.of(), catalog.metrics.list(ADMIN, true));
    }
}
