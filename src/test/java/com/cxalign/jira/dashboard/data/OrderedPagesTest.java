package com.cxalign.jira.dashboard.data;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.dashboard.readmodel.IssueFacts;
import com.cxalign.jira.initiative.CxSampleIssues;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.platform.security.Actor;
import com.cxalign.jira.testing.ao.DatabaseTest;
import com.cxalign.jira.testing.ao.TestDatabase;
import com.cxalign.jira.testing.cache.LocalSnapshotCache;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * The dashboards' pages read along an index on H2 ({@link OrderedPages}, {@link H2IndexHints}): the same rows as the
 * usual plan, on every page, for a user who sees most of the rows (walk) and one who sees a few (usual plan).
 */
@Category(DatabaseTest.class)
public class OrderedPagesTest {

    private static final Actor ADMIN = Actor.admin("admin-key");
    private static final Actor FEW = Actor.user("few-key");
    private static final long TINY = 77L;
    private static final boolean H2 = TestDatabase.fromSystemProperty() == TestDatabase.H2;

    @Rule
    public Initiatives initiatives = new Initiatives();

    private Dashboards dashboards;
    private DashboardService usualPlan;

    @Before
    public void seed() {
        CxSampleIssues sample = CxSampleIssues.in(initiatives);
        dashboards = new Dashboards(initiatives);
        dashboards.browsable.allow(ADMIN.userKey(), TINY).allow(FEW.userKey(), TINY);
        for (int i = 0; i < 240; i++) {
            long project = i % 2 == 0 ? CxSampleIssues.CX_PROJECT : CxSampleIssues.SECRET_PROJECT;
            // created out of id order, some on the same instant, so that the pages' order and ties are tested
            Instant created = dashboards.now.minus(Duration.ofHours((i * 37L) % 200));
            dashboards.initiativeRow(project, IssueFacts.NEW, i % 3 == 0 ? null : sample.goal.id(),
                    sample.metric.id(), i % 4 != 0, created);
            dashboards.feedbackRow(project, IssueFacts.NEW, "SURVEY", i % 5 == 0 ? "CLOSED" : "OPEN", false,
                    created, i % 5 == 0 ? 3 : null);
        }
        for (int i = 0; i < 3; i++) {
            dashboards.initiativeRow(TINY, IssueFacts.NEW, null, null, false, dashboards.now);
            dashboards.feedbackRow(TINY, IssueFacts.NEW, "SOCIAL", "OPEN", false, dashboards.now, null);
        }
        usualPlan = new DashboardService(Dashboards.catalogOver(initiatives.catalog, dashboards.sql,
                new LocalSnapshotCache<>()), new AlignmentQueries(new NoHints(dashboards.sql)), new FeedbackLoopQueries(new NoHints(dashboards.sql)),
                dashboards.browsable, initiatives.catalog.clock, Initiatives.ZONE);
    }

    @Test
    public void everyPageHoldsTheSameRowsAsTheUsualPlan() {
        for (Actor user : List.of(ADMIN, FEW)) {
            // all time, and a period that narrows the filter (the last few days of the 200 hours seeded)
            for (String since : Arrays.asList(null, "2026-10-30")) {
                for (String start : List.of("0", "20", "100", "150")) {
                    DashboardParams params = new DashboardParams(null, null, null, since, start, "20");
                    String what = user + " since " + since + " from " + start;
                    assertEquals(what, usualPlan.alignment(user, params).unaligned(),
                            dashboards.service.alignment(user, params).unaligned());
                    assertEquals(what, usualPlan.feedbackLoop(user, params).oldestOpen(),
                            dashboards.service.feedbackLoop(user, params).oldestOpen());
                }
            }
        }
        assertEquals(20, dashboards.service.feedbackLoop(ADMIN, DashboardParams.none()).oldestOpen().issues().size());
    }

    @Test
    public void onH2AUserWhoSeesMostRowsReadsAlongTheIndexAndOneWhoSeesAFewDoesNot() {
        dashboards.sql.forgetStatements();
        dashboards.service.alignment(ADMIN, DashboardParams.none());
        dashboards.service.feedbackLoop(ADMIN, DashboardParams.none());
        long walks = dashboards.sql.statements().stream().filter(sql -> sql.contains(" USE INDEX (")).count();
        assertEquals(H2 ? 2 : 0, walks);

        dashboards.sql.forgetStatements();
        dashboards.service.alignment(FEW, DashboardParams.none());
        dashboards.service.feedbackLoop(FEW, DashboardParams.none());
        assertTrue(dashboards.sql.statements().toString(),
                dashboards.sql.statements().stream().noneMatch(sql -> sql.contains("USE INDEX")));
    }

    @Test
    public void theHintNamesOnlyAnIndexWithExactlyTheseColumns() throws SQLException {
        Optional<String> pageIndex = dashboards.sql.tableAlongIndex("FEEDBACK_ROW", FeedbackLoopQueries.PAGE_ORDER);
        assertEquals(H2, pageIndex.isPresent());
        pageIndex.ifPresent(from -> assertTrue(from, from.startsWith(dashboards.sql.table("FEEDBACK_ROW")
                + " USE INDEX (\"")));
        assertFalse(dashboards.sql.tableAlongIndex("FEEDBACK_ROW", List.of("ISSUE_ID", "CREATED_AT")).isPresent());
        assertEquals(H2, dashboards.sql.tableAlongIndex("INITIATIVE_ROW", AlignmentQueries.PAGE_ORDER).isPresent());
        Optional<String> byIssueId = dashboards.sql.tableAlongIndex("INITIATIVE_ROW", List.of("ISSUE_ID"));
        assertEquals(H2, byIssueId.isPresent());
        if (H2) {
            // of the two indexes on ISSUE_ID, the unique one: H2 stops early only along that one
            assertTrue(byIssueId.get(), uniqueIndexes("INITIATIVE_ROW").stream()
                    .anyMatch(index -> byIssueId.get().endsWith(" USE INDEX (\"" + index + "\")")));
        }
        assertFalse(dashboards.sql.tableAlongIndex("FEEDBACK_ROW", List.of("SUMMARY")).isPresent());
    }

    private List<String> uniqueIndexes(String entityTable) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = initiatives.catalog.ao().connection();
             ResultSet rows = connection.getMetaData().getIndexInfo(null, null,
                     dashboards.sql.table(entityTable).replace("\"", ""), true, true)) {
            while (rows.next()) {
                names.add(rows.getString("INDEX_NAME"));
            }
        }
        return names;
    }

    /** The tests' SQL, never reading along an index: the usual plan. */
    private static final class NoHints extends ForwardingReadModelSql {

        NoHints(ReadModelSql sql) {
            super(sql);
        }

        @Override
        public Optional<String> tableAlongIndex(String entityTable, List<String> columns) {
            return Optional.empty();
        }
    }
}
