package com.cxalign.jira.catalog;

import com.cxalign.jira.catalog.rules.GoalDraft;
import com.cxalign.jira.catalog.rules.MetricDraft;
import com.cxalign.jira.catalog.store.CatalogEntities;
import com.cxalign.jira.dashboard.readmodel.ReadModelCatalogUsage;
import com.cxalign.jira.dashboard.store.InitiativeRowEntity;
import com.cxalign.jira.platform.security.Actor;
import com.cxalign.jira.testing.MutableClock;
import com.cxalign.jira.testing.ao.ActiveObjectsRule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.java.ao.DBParam;
import net.java.ao.RawEntity;

import org.junit.rules.ExternalResource;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * The catalogue's services wired as in Jira, over real Active Objects on the test database (-Dcx.db), with a clock
 * the test controls. Use as a {@code @Rule}. As in Jira, the dashboards' initiative rows are there too: goal and
 * metric deletion asks them whether initiatives still name the item (see {@link #initiativeNaming}).
 */
public final class Catalog implements TestRule {

    public static final Actor ADMIN = Actor.admin("admin-key");
    public static final Actor AGENT = Actor.user("agent-key");
    public static final Actor ANONYMOUS = Actor.anonymous();

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private final ActiveObjectsRule ao = new ActiveObjectsRule(entities());
    public AuditLog audit;
    public MissionService missions;
    public GoalService goals;
    public MetricService metrics;
    public GoalMetricLinks links;
    public ReadingService readings;
    /** Where the services announce committed changes; subscribe to see them. */
    public final CatalogChanges changes = new CatalogChanges();

    @Override
    public Statement apply(Statement base, Description description) {
        return RuleChain.outerRule(ao).around(new ExternalResource() {
            @Override
            protected void before() {
                audit = new AuditLog(ao.activeObjects(), clock);
                missions = new MissionService(ao.activeObjects(), audit, clock, changes);
                CatalogUsage usage = new ReadModelCatalogUsage(ao.activeObjects());
                goals = new GoalService(ao.activeObjects(), audit, clock, changes, usage);
                metrics = new MetricService(ao.activeObjects(), audit, clock, changes, usage);
                links = new GoalMetricLinks(ao.activeObjects(), audit, goals, metrics, changes);
                readings = new ReadingService(ao.activeObjects(), audit, clock, metrics, changes);
            }
        }).apply(base, description);
    }

    public ActiveObjectsRule ao() {
        return ao;
    }

    /**
     * Stores the dashboards' row of a CX Initiative (issue {@code issueId}) that names this goal and metric (either
     * may be null), as the read model does for a real issue; deletes then see the initiative.
     */
    public InitiativeRowEntity initiativeNaming(long issueId, Integer goalId, Integer metricId) {
        InitiativeRowEntity row = ao.activeObjects().create(InitiativeRowEntity.class,
                new DBParam("ISSUE_ID", issueId), new DBParam("ISSUE_KEY", "CX-" + issueId),
                new DBParam("SUMMARY", "Initiative " + issueId), new DBParam("PROJECT_ID", 10000L),
                new DBParam("STATUS_CATEGORY", "new"));
        row.setGoalId(goalId);
        row.setMetricId(metricId);
        row.save();
        return row;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities() {
        List<Class<? extends RawEntity<?>>> all = new ArrayList<>(CatalogEntities.all());
        all.add(InitiativeRowEntity.class);
        return all.toArray(new Class[0]);
    }

    /** A valid goal draft with the given name. */
    public static GoalDraft goal(String name) {
        return new GoalDraft(name, "Why this goal matters.", "owner-key", null);
    }

    /** A valid NPS metric draft: from 20 on 2026-01-01 up to 35 by 2026-12-31, owned by {@code ownerKey}. */
    public static MetricDraft nps(String name, String ownerKey) {
        return new MetricDraft(name, "NPS", null, "HIGHER_IS_BETTER", null, null, new BigDecimal("20"), "2026-01-01",
                new BigDecimal("35"), "2026-12-31", "ONBOARDING", ownerKey);
    }
}
