package com.cxalign.jira.dashboard.data;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.rules.MissionDraft;
import com.cxalign.jira.catalog.rules.ReadingDraft;
import com.cxalign.jira.dashboard.data.AlignmentDashboard.GoalSummary;
import com.cxalign.jira.dashboard.data.AlignmentDashboard.IssueRef;
import com.cxalign.jira.dashboard.data.AlignmentDashboard.MetricSummary;
import com.cxalign.jira.dashboard.data.FeedbackLoopDashboard.AgeBucket;
import com.cxalign.jira.dashboard.data.FeedbackLoopDashboard.ChannelCount;
import com.cxalign.jira.dashboard.readmodel.IssueFacts;
import com.cxalign.jira.initiative.CxSampleIssues;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.platform.errors.NotLoggedInException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.platform.security.Actor;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import net.java.ao.DatabaseProvider;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** The dashboards' aggregates in SQL on a real database, with the read model written from the sample issues. */
@Category(DatabaseTest.class)
public class DashboardServiceTest {

    private static final Actor AGENT = Actor.user("agent-key");
    private static final Actor ADMIN = Actor.admin("admin-key");
    private static final Actor STRANGER = Actor.user("stranger-key");
    private static final long CX = CxSampleIssues.CX_PROJECT;
    private static final long SECRET = CxSampleIssues.SECRET_PROJECT;

    @Rule
    public Initiatives initiatives = new Initiatives();

    private CxSampleIssues sample;
    private Dashboards dashboards;

    @Before
    public void seed() {
        sample = CxSampleIssues.in(initiatives);
        dashboards = new Dashboards(initiatives);
        dashboards.writeSample(sample);
    }

    @Test
    public void aUserWhoMayBrowseOnlyCxSeesOnlyCxsInitiatives() {
        AlignmentDashboard dashboard = dashboards.service.alignment(AGENT, DashboardParams.none());

        assertEquals("We make every customer feel looked after.", dashboard.mission().statement());
        assertEquals(List.of(CX), dashboard.projectIds());
        assertEquals(List.of(new GoalSummary(sample.goal.id(), "Reduce onboarding churn", false, 0, 1, 0, 1, 1, 100),
                new GoalSummary(0, null, false, 1, 0, 0, 1, 0, 0)), dashboard.goals());
        assertEquals(1, dashboard.unaligned().total());
        assertEquals(List.of(new IssueRef("CX-5", "Make onboarding better", IssueFacts.NEW, "goal,metric,outcome")),
                dashboard.unaligned().issues());
    }

    @Test
    public void eachMetricOfTheCountedGoalsShowsWhereItStandsAndItsPace() {
        MetricSummary metric = dashboards.service.alignment(AGENT, DashboardParams.none()).metrics().get(0);

        assertEquals("Onboarding NPS", metric.name());
        assertEquals("HIGHER_IS_BETTER", metric.direction());
        assertEquals(0, new BigDecimal("20").compareTo(metric.baseline()));
        assertEquals("2026-01-01", metric.baselineDate());
        assertEquals(0, new BigDecimal("27").compareTo(metric.latest()));
        assertEquals("2026-10-01", metric.latestOn());
        assertEquals(0, new BigDecimal("35").compareTo(metric.target()));
        assertEquals("2026-12-31", metric.targetDate());
        // 7 of 15 points, while 305 of the 364 days have passed
        assertEquals(Integer.valueOf(46), metric.progressPercent());
        assertEquals(Integer.valueOf(83), metric.expectedPercentByNow());
        assertEquals("behind", metric.pace());
    }

    @Test
    public void paceFollowsTheStraightLineToTheTarget() {
        assertEquals("ahead", AlignmentQueries.pace(60, 50));
        assertEquals("on-track", AlignmentQueries.pace(47, 50));
        assertEquals("behind", AlignmentQueries.pace(40, 50));
        assertNull(AlignmentQueries.pace(null, 50));
        assertEquals(Integer.valueOf(0), AlignmentQueries.expectedPercent(java.time.LocalDate.parse("2026-01-01"),
                java.time.LocalDate.parse("2026-12-31"), java.time.LocalDate.parse("2025-06-01")));
        assertEquals(Integer.valueOf(100), AlignmentQueries.expectedPercent(java.time.LocalDate.parse("2026-01-01"),
                java.time.LocalDate.parse("2026-12-31"), java.time.LocalDate.parse("2027-06-01")));
        assertNull(AlignmentQueries.expectedPercent(null, java.time.LocalDate.parse("2026-12-31"),
                java.time.LocalDate.parse("2026-06-01")));
    }

    @Test
    public void projectsAskedForAreCountedOnlyWhenTheUserMayBrowseThem() {
        dashboards.initiativeRow(SECRET, IssueFacts.DONE, sample.goal.id(), sample.metric.id(), true, dashboards.now);

        assertEquals(2, goal(dashboards.service.alignment(ADMIN, DashboardParams.none())).total());
        AlignmentDashboard secretOnly = dashboards.service.alignment(ADMIN, projects("10200"));
        assertEquals(List.of(SECRET), secretOnly.projectIds());
        assertEquals(1, goal(secretOnly).done());

        AlignmentDashboard refused = dashboards.service.alignment(AGENT, projects("10200"));
        assertEquals(List.of(), refused.projectIds());
        assertEquals(0, goal(refused).total());
        assertEquals(List.of(CX), dashboards.service.alignment(AGENT, projects("10100, 10200")).projectIds());
    }

    @Test
    public void aUserWhoMayBrowseNoProjectGetsZerosNotAnError() {
        AlignmentDashboard alignment = dashboards.service.alignment(STRANGER, DashboardParams.none());
        assertEquals(List.of(new GoalSummary(sample.goal.id(), "Reduce onboarding churn", false, 0, 0, 0, 0, 0, null)),
                alignment.goals());
        assertEquals(0, alignment.unaligned().total());

        FeedbackLoopDashboard loop = dashboards.service.feedbackLoop(STRANGER, DashboardParams.none());
        assertEquals(0, loop.received());
        assertNull(loop.actedOnPercent());
        assertNull(loop.medianDaysToTell());
        assertEquals(List.of(0, 0, 0, 0), loop.openByAge().stream().map(AgeBucket::count).toList());
        assertEquals(0, loop.oldestOpen().total());
    }

    @Test
    public void nobodyLoggedInGetsA401() {
        assertThrows(NotLoggedInException.class,
                () -> dashboards.service.alignment(Actor.anonymous(), DashboardParams.none()));
        assertThrows(NotLoggedInException.class,
                () -> dashboards.service.feedbackLoop(Actor.anonymous(), DashboardParams.none()));
    }

    @Test
    public void aGoalNarrowsTheCountsAndItsMetricsAndAnUnknownGoalIsA400() {
        Goal other = initiatives.catalog.goals.create(Catalog.ADMIN, Catalog.goal("Grow expansion revenue"));
        dashboards.initiativeRow(CX, IssueFacts.NEW, other.id(), null, true, dashboards.now);

        AlignmentDashboard all = dashboards.service.alignment(AGENT, DashboardParams.none());
        assertEquals(List.of(sample.goal.id(), other.id(), 0), all.goals().stream().map(GoalSummary::goalId).toList());
        assertEquals(2, all.unaligned().total());

        AlignmentDashboard narrowed = dashboards.service.alignment(AGENT,
                new DashboardParams(null, String.valueOf(other.id()), null, null, null, null));
        assertEquals(1, narrowed.goals().size());
        assertEquals(1, narrowed.goals().get(0).open());
        assertEquals(List.of(), narrowed.metrics());
        assertEquals("metric", narrowed.unaligned().issues().get(0).detail());

        ValidationException unknown = assertThrows(ValidationException.class, () -> dashboards.service.alignment(AGENT,
                new DashboardParams(null, "9999", null, null, null, null)));
        assertEquals("cx-align.dashboard.goal.unknown", unknown.getFieldErrors().get(0).messageKey());
    }

    @Test
    public void sinceCountsWhatWasCreatedOnOrAfterThatDayInJirasTimeZone() {
        // 00:30 on 1 March in Berlin, and 23:30 on 28 February
        dashboards.initiativeRow(CX, IssueFacts.DONE, sample.goal.id(), sample.metric.id(), true,
                Instant.parse("2026-02-28T23:30:00Z"));
        dashboards.initiativeRow(CX, IssueFacts.DONE, sample.goal.id(), sample.metric.id(), true,
                Instant.parse("2026-02-28T22:30:00Z"));

        DashboardParams since = new DashboardParams(null, null, null, "2026-03-01", null, null);
        // CX-1 (10 March) and the one at 00:30; CX-5 (1 April) has no goal
        assertEquals(2, goal(dashboards.service.alignment(AGENT, since)).total());
        assertEquals(3, goal(dashboards.service.alignment(AGENT, DashboardParams.none())).total());
        // CX-2 was received on 2 February, CX-3 three days ago
        assertEquals(1, dashboards.service.feedbackLoop(AGENT, since).received());
    }

    @Test
    public void unalignedInitiativesComePagedOldestFirstWithWhatTheyLack() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ids.add(dashboards.initiativeRow(CX, IssueFacts.IN_PROGRESS, i % 2 == 0 ? sample.goal.id() : null,
                    i % 3 == 0 ? sample.metric.id() : null, i % 4 == 0, dashboards.now));
        }

        AlignmentDashboard page = dashboards.service.alignment(AGENT,
                new DashboardParams(null, null, null, null, "20", "10"));

        // CX-5 and 24 - 2 aligned (i = 0 and 12)
        assertEquals(23, page.unaligned().total());
        assertEquals(20, page.unaligned().start());
        assertEquals(10, page.unaligned().limit());
        assertEquals(List.of("INI-" + ids.get(21), "INI-" + ids.get(22), "INI-" + ids.get(23)),
                page.unaligned().issues().stream().map(IssueRef::key).toList());
        assertEquals(List.of("goal,outcome", "metric,outcome", "goal,metric,outcome"),
                page.unaligned().issues().stream().map(IssueRef::detail).toList());
        assertEquals(List.of(), dashboards.service.alignment(AGENT,
                new DashboardParams(null, null, null, null, "23", "10")).unaligned().issues());
    }

    @Test
    public void theLoopFunnelCountsOnlyTheUsersProjects() {
        FeedbackLoopDashboard agent = dashboards.service.feedbackLoop(AGENT, DashboardParams.none());

        assertEquals(List.of(2, 2, 1, 1), List.of(agent.received(), agent.actedOn(), agent.resolved(),
                agent.customerTold()));
        assertEquals(List.of(100, 50, 50), List.of(agent.actedOnPercent(), agent.resolvedPercent(),
                agent.customerToldPercent()));
        assertEquals(Integer.valueOf(255), agent.medianDaysToTell());
        assertEquals(Integer.valueOf(255), agent.p90DaysToTell());
        assertEquals(List.of(1, 0, 0, 0), agent.openByAge().stream().map(AgeBucket::count).toList());
        assertEquals(List.of(new ChannelCount("SURVEY", 1)), agent.openByChannel());
        assertEquals(List.of(new IssueRef("CX-3", "I could not find the import", IssueFacts.NEW, "3")),
                agent.oldestOpen().issues());

        FeedbackLoopDashboard admin = dashboards.service.feedbackLoop(ADMIN, DashboardParams.none());
        assertEquals(3, admin.received());
        assertEquals(List.of(1, 0, 1, 0), admin.openByAge().stream().map(AgeBucket::count).toList());
        assertEquals(List.of("SECRET-4", "CX-3"), admin.oldestOpen().issues().stream().map(IssueRef::key).toList());
        assertEquals(List.of("0-7", "8-30", "31-90", ">90"),
                admin.openByAge().stream().map(AgeBucket::label).toList());
    }

    @Test
    public void medianAndNinetiethPercentileAreNearestRanksOfTheDaysToTell() {
        List<Integer> days = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                19));
        Collections.shuffle(days, new java.util.Random(7));
        for (int day : days) {
            dashboards.feedbackRow(SECRET, IssueFacts.DONE, "SUPPORT", "CLOSED", true, dashboards.now, day);
        }
        // told, but on no known day: counted as told, not in the days to tell
        for (int i = 0; i < 3; i++) {
            dashboards.feedbackRow(SECRET, IssueFacts.DONE, "SUPPORT", "CLOSED", true, dashboards.now, null);
        }

        // 20 closed loops with a day count in SECRET and CX: 1..19 and 255
        FeedbackLoopDashboard admin = dashboards.service.feedbackLoop(ADMIN, DashboardParams.none());
        assertEquals(23, admin.customerTold());
        assertEquals(Integer.valueOf(10), admin.medianDaysToTell());
        assertEquals(Integer.valueOf(18), admin.p90DaysToTell());

        FeedbackLoopDashboard secret = dashboards.service.feedbackLoop(ADMIN, projects("10200"));
        assertEquals(Integer.valueOf(10), secret.medianDaysToTell());
        assertEquals(Integer.valueOf(18), secret.p90DaysToTell());
    }

    @Test
    public void openLoopsFallIntoTheirAgeBucketsAtTheBoundariesAndByChannel() {
        int[] ages = {7, 8, 30, 31, 90, 91, 400};
        for (int age : ages) {
            dashboards.feedbackRow(CX, IssueFacts.NEW, age < 31 ? "SUPPORT" : null, "OPEN", false,
                    dashboards.now.minus(Duration.ofDays(age)).plusSeconds(age == 30 ? -3600 : 0), null);
        }
        dashboards.feedbackRow(CX, IssueFacts.DONE, "SUPPORT", "CLOSED", true,
                dashboards.now.minus(Duration.ofDays(500)), 3);

        FeedbackLoopDashboard loop = dashboards.service.feedbackLoop(AGENT, DashboardParams.none());
        // CX-3 (3 days) and 7 | 8, 30 | 31, 90 | 91, 400
        assertEquals(List.of(2, 2, 2, 2), loop.openByAge().stream().map(AgeBucket::count).toList());
        assertEquals(List.of(new ChannelCount(null, 4), new ChannelCount("SUPPORT", 3), new ChannelCount("SURVEY", 1)),
                loop.openByChannel());
        assertEquals(8, loop.oldestOpen().total());
        assertEquals("400", loop.oldestOpen().issues().get(0).detail());

        FeedbackLoopDashboard support = dashboards.service.feedbackLoop(AGENT,
                new DashboardParams(null, null, "support", null, null, "2"));
        assertEquals(4, support.received());
        assertEquals(1, support.customerTold());
        assertEquals(List.of(new ChannelCount("SUPPORT", 3)), support.openByChannel());
        assertEquals(List.of("30", "8"), support.oldestOpen().issues().stream().map(IssueRef::detail).toList());
    }

    @Test
    public void anEmptyReadModelGivesZerosAndNoRates() {
        Dashboards empty = dashboards;
        empty.ao.deleteWithSQL(com.cxalign.jira.dashboard.store.FeedbackLinkEntity.class, "ID > ?", 0);
        empty.ao.deleteWithSQL(com.cxalign.jira.dashboard.store.FeedbackRowEntity.class, "ID > ?", 0);
        empty.ao.deleteWithSQL(com.cxalign.jira.dashboard.store.InitiativeRowEntity.class, "ID > ?", 0);

        AlignmentDashboard alignment = empty.service.alignment(ADMIN, DashboardParams.none());
        assertEquals(1, alignment.goals().size());
        assertNull(alignment.goals().get(0).alignedPercent());
        assertEquals(0, alignment.unaligned().total());
        FeedbackLoopDashboard loop = empty.service.feedbackLoop(ADMIN, DashboardParams.none());
        assertEquals(0, loop.received());
        assertNull(loop.customerToldPercent());
        assertNull(loop.p90DaysToTell());
        assertEquals(List.of(), loop.openByChannel());
    }

    @Test
    public void eachRequestRunsTheSameFewStatementsWhateverTheAmountOfData() {
        List<String> smallAlignment = statements(() -> dashboards.service.alignment(ADMIN, DashboardParams.none()));
        List<String> smallLoop = statements(() -> dashboards.service.feedbackLoop(ADMIN, DashboardParams.none()));

        for (int i = 0; i < 300; i++) {
            long project = i % 2 == 0 ? CX : SECRET;
            dashboards.initiativeRow(project, i % 3 == 0 ? IssueFacts.DONE : IssueFacts.NEW,
                    i % 5 == 0 ? null : sample.goal.id(), i % 7 == 0 ? null : sample.metric.id(), i % 2 == 0,
                    dashboards.now.minus(Duration.ofDays(i)));
            dashboards.feedbackRow(project, IssueFacts.NEW, i % 4 == 0 ? "SOCIAL" : "SURVEY",
                    i % 3 == 0 ? "CLOSED" : "OPEN", i % 2 == 0, dashboards.now.minus(Duration.ofDays(i)),
                    i % 3 == 0 ? i : null);
        }
        List<String> largeAlignment = statements(() -> dashboards.service.alignment(ADMIN, DashboardParams.none()));
        List<String> largeLoop = statements(() -> dashboards.service.feedbackLoop(ADMIN, DashboardParams.none()));

        assertEquals(largeAlignment.toString(), smallAlignment.size(), largeAlignment.size());
        assertEquals(largeLoop.toString(), smallLoop.size(), largeLoop.size());
        assertTrue(largeAlignment.toString(), largeAlignment.size() <= 8);
        assertTrue(largeLoop.toString(), largeLoop.size() <= 3);
    }

    @Test
    public void theCatalogueIsReadOnceAndAgainAfterEachOfItsChanges() {
        Actor admin = Actor.admin("admin-key");
        dashboards.service.alignment(AGENT, DashboardParams.none());
        dashboards.service.alignment(AGENT, DashboardParams.none());
        assertEquals(1, dashboards.catalogSnapshots.loads());

        initiatives.catalog.missions.update(admin, new MissionDraft("Customers come first.", "NPS 40."), 1);
        assertEquals("Customers come first.", dashboards.service.alignment(AGENT, DashboardParams.none())
                .mission().statement());
        initiatives.catalog.readings.add(admin, sample.metric.id(),
                new ReadingDraft(new BigDecimal("31"), "2026-10-20", "Survey", null));
        assertEquals(0, new BigDecimal("31").compareTo(dashboards.service.alignment(AGENT, DashboardParams.none())
                .metrics().get(0).latest()));
        initiatives.catalog.links.unlink(admin, sample.goal.id(), sample.metric.id());
        assertEquals(List.of(), dashboards.service.alignment(AGENT, DashboardParams.none()).metrics());
        Goal goal = initiatives.catalog.goals.list(admin, false).get(0);
        initiatives.catalog.goals.update(admin, goal.id(), Catalog.goal("Keep new customers"), goal.version());
        assertEquals("Keep new customers", goal(dashboards.service.alignment(AGENT, DashboardParams.none())).name());
        assertEquals(5, dashboards.catalogSnapshots.loads());
    }

    /**
     * Every SQL statement one request sends: the read model's through the port, the catalogue's through AO (read
     * again: the catalogue's cache is cleared first).
     */
    private List<String> statements(Runnable request) {
        dashboards.catalogSnapshots.clear();
        List<String> statements = new CopyOnWriteArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        DatabaseProvider provider = initiatives.catalog.ao().entityManager().getProvider();
        dashboards.sql.forgetStatements();
        provider.addSqlListener(listener);
        try {
            request.run();
        } finally {
            provider.removeSqlListener(listener);
        }
        statements.addAll(dashboards.sql.statements());
        return statements;
    }

    private GoalSummary goal(AlignmentDashboard dashboard) {
        return dashboard.goals().stream().filter(goal -> goal.goalId() == sample.goal.id()).findFirst().orElseThrow();
    }

    private static DashboardParams projects(String projects) {
        return new DashboardParams(projects, null, null, null, null, null);
    }
}
