package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static com.cxalign.jira.catalog.Catalog.nps;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.HygieneReport;
import com.cxalign.jira.catalog.model.HygieneReport.GoalRef;
import com.cxalign.jira.catalog.model.HygieneReport.MetricRef;
import com.cxalign.jira.catalog.model.HygieneReport.OverMeasuredGoal;
import com.cxalign.jira.catalog.model.HygieneReport.StaleMetric;
import com.cxalign.jira.catalog.model.HygieneThresholds;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.rules.HygieneSettingsDraft;
import com.cxalign.jira.catalog.rules.ReadingDraft;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import net.java.ao.DatabaseProvider;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** The measurement hygiene report on a real database; the catalogue's clock stands at 2026-11-02. */
@Category(DatabaseTest.class)
public class HygieneServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    @Rule
    public Catalog catalog = new Catalog();

    private AlignmentServices alignment;

    @Before
    public void wireHygiene() {
        alignment = AlignmentServices.over(catalog);
    }

    private Goal goal(String name) {
        return catalog.goals.create(ADMIN, Catalog.goal(name));
    }

    /** An owned metric, read yesterday, serving {@code goal}: healthy unless a test changes it. */
    private Metric metricOf(Goal goal, String name) {
        Metric metric = unreadMetricOf(goal, name);
        read(metric, TODAY.minusDays(1));
        return metric;
    }

    /** An owned metric serving {@code goal}, never measured. */
    private Metric unreadMetricOf(Goal goal, String name) {
        Metric metric = catalog.metrics.create(ADMIN, nps(name, "owner-key"));
        catalog.links.link(ADMIN, goal.id(), metric.id());
        return metric;
    }

    private void read(Metric metric, LocalDate day) {
        catalog.readings.add(ADMIN, metric.id(), new ReadingDraft(new BigDecimal("25"), day.toString(), null, null));
    }

    private HygieneReport report() {
        return alignment.hygiene.report(ADMIN);
    }

    @Test
    public void aTidyCatalogueHasNoFindingsAndTheReportSaysOnWhichDayAndWithWhichThresholds() {
        Goal churn = goal("Reduce onboarding churn");
        metricOf(churn, "Onboarding NPS");

        HygieneReport report = report();

        assertEquals(new HygieneReport(TODAY, HygieneThresholds.defaults(), List.of(), List.of(), List.of(),
                List.of(), List.of()), report);
    }

    @Test
    public void aGoalWithMoreActiveMetricsThanTheCapIsOverMeasured() {
        Goal churn = goal("Reduce onboarding churn");
        for (int i = 1; i <= 4; i++) {
            metricOf(churn, "Churn metric " + i);
        }
        Goal orders = goal("Grow repeat orders");
        for (int i = 1; i <= 3; i++) {
            metricOf(orders, "Orders metric " + i);
        }

        assertEquals(List.of(new OverMeasuredGoal(churn.id(), "Reduce onboarding churn", 4)),
                report().overMeasuredGoals());
    }

    @Test
    public void archivedMetricsDoNotCountAgainstTheCap() {
        Goal churn = goal("Reduce onboarding churn");
        Metric archived = metricOf(churn, "Old churn metric");
        for (int i = 1; i <= 3; i++) {
            metricOf(churn, "Churn metric " + i);
        }
        catalog.metrics.archive(ADMIN, archived.id(), archived.version());

        assertEquals(List.of(), report().overMeasuredGoals());
    }

    @Test
    public void theCapComesFromTheSettings() {
        Goal churn = goal("Reduce onboarding churn");
        metricOf(churn, "Churn metric 1");
        metricOf(churn, "Churn metric 2");

        alignment.hygieneSettings.update(ADMIN, new HygieneSettingsDraft(1, 90), 0);

        assertEquals(List.of(new OverMeasuredGoal(churn.id(), "Reduce onboarding churn", 2)),
                report().overMeasuredGoals());
        assertEquals(1, report().thresholds().metricCap());
    }

    @Test
    public void activeMetricsThatNobodyOwnsAreListed() {
        Goal churn = goal("Reduce onboarding churn");
        Metric orphan = catalog.metrics.create(ADMIN, nps("Nobody's NPS", null));
        catalog.links.link(ADMIN, churn.id(), orphan.id());
        read(orphan, TODAY);
        Metric archived = catalog.metrics.create(ADMIN, nps("Archived orphan", null));
        catalog.metrics.archive(ADMIN, archived.id(), 1);

        assertEquals(List.of(new MetricRef(orphan.id(), "Nobody's NPS")), report().metricsWithoutOwner());
    }

    @Test
    public void activeMetricsThatServeNoActiveGoalAreListed() {
        Goal active = goal("Reduce onboarding churn");
        metricOf(active, "Onboarding NPS");
        Goal archivedGoal = goal("Old goal");
        Metric ofArchivedGoal = metricOf(archivedGoal, "Metric of an old goal");
        catalog.goals.archive(ADMIN, archivedGoal.id(), 1);
        Metric unlinked = catalog.metrics.create(ADMIN, nps("Vanity NPS", "owner-key"));
        read(unlinked, TODAY);

        assertEquals(List.of(new MetricRef(ofArchivedGoal.id(), "Metric of an old goal"),
                new MetricRef(unlinked.id(), "Vanity NPS")), report().unlinkedMetrics());
    }

    @Test
    public void aMetricIsStaleOnlyOnceItsLastReadingIsOlderThanTheStalePeriod() {
        Goal churn = goal("Reduce onboarding churn");
        Metric ninetyDays = unreadMetricOf(churn, "Read 90 days ago");
        read(ninetyDays, TODAY.minusDays(90));
        Metric ninetyOneDays = unreadMetricOf(churn, "Read 91 days ago");
        read(ninetyOneDays, TODAY.minusDays(200));
        read(ninetyOneDays, TODAY.minusDays(91));

        assertEquals(List.of(new StaleMetric(ninetyOneDays.id(), "Read 91 days ago", TODAY.minusDays(91),
                LocalDate.of(2026, 1, 1), 91)), report().staleMetrics());
    }

    @Test
    public void aMetricNeverMeasuredIsAgedFromItsBaselineDate() {
        Metric never = unreadMetricOf(goal("Reduce onboarding churn"), "Never measured");

        assertEquals(List.of(new StaleMetric(never.id(), "Never measured", null, LocalDate.of(2026, 1, 1), 305)),
                report().staleMetrics());
    }

    @Test
    public void staleMetricsAreAgedWithTheClockAndThePeriodFromTheSettingsLongestFirst() {
        Goal churn = goal("Reduce onboarding churn");
        Metric recent = metricOf(churn, "Recent");
        Metric never = unreadMetricOf(churn, "Never measured");
        alignment.hygieneSettings.update(ADMIN, new HygieneSettingsDraft(3, 400), 0);
        assertEquals(List.of(), report().staleMetrics());

        catalog.clock.advance(Duration.ofDays(400));

        assertEquals(List.of(never.id(), recent.id()),
                report().staleMetrics().stream().map(StaleMetric::metricId).toList());
        assertEquals(401, report().staleMetrics().get(1).daysWithoutReading());
    }

    @Test
    public void activeGoalsThatNoActiveMetricMeasuresAreListed() {
        Goal empty = goal("Empty goal");
        Goal withArchivedMetric = goal("Goal with an archived metric");
        Metric archived = metricOf(withArchivedMetric, "Archived metric");
        catalog.metrics.archive(ADMIN, archived.id(), 1);
        Goal archivedGoal = goal("Archived goal");
        catalog.goals.archive(ADMIN, archivedGoal.id(), 1);
        metricOf(goal("Healthy goal"), "Healthy metric");

        assertEquals(List.of(new GoalRef(empty.id(), "Empty goal"),
                new GoalRef(withArchivedMetric.id(), "Goal with an archived metric")), report().goalsWithoutMetrics());
    }

    @Test
    public void onlyAdminsSeeTheReport() {
        assertThrows(ForbiddenException.class, () -> alignment.hygiene.report(AGENT));
    }

    @Test
    public void theReportReadsTheCatalogueInFiveQueriesWhateverItsSize() {
        Goal first = goal("Goal 0");
        metricOf(first, "Metric 0");
        int small = statementsOfOneReport().size();

        for (int g = 1; g <= 12; g++) {
            Goal goal = goal("Goal " + g);
            for (int m = 0; m < 3; m++) {
                Metric metric = unreadMetricOf(goal, "Metric " + g + "." + m);
                read(metric, TODAY.minusDays(100 + m));
                read(metric, TODAY.minusDays(200 + m));
            }
        }
        List<String> statements = statementsOfOneReport();

        assertEquals(statements.toString(), small, statements.size());
        assertTrue(statements.toString(), statements.size() <= 5);
        assertEquals(36, report().staleMetrics().size());
    }

    /** The SQL Active Objects sends to the database while one report is made. */
    private List<String> statementsOfOneReport() {
        List<String> statements = new CopyOnWriteArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        DatabaseProvider provider = catalog.ao().entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            report();
        } finally {
            provider.removeSqlListener(listener);
        }
        return statements;
    }
}
