package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static com.cxalign.jira.catalog.Catalog.goal;
import static com.cxalign.jira.catalog.Catalog.nps;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(DatabaseTest.class)
public class GoalMetricLinksTest {

    @Rule
    public Catalog catalog = new Catalog();

    private int churn;
    private int contacts;
    private Metric nps;
    private Metric csat;

    @Before
    public void createCatalogue() {
        churn = catalog.goals.create(ADMIN, goal("Reduce onboarding churn")).id();
        contacts = catalog.goals.create(ADMIN, goal("Fewer repeat contacts")).id();
        nps = catalog.metrics.create(ADMIN, nps("Onboarding NPS", "owner-key"));
        csat = catalog.metrics.create(ADMIN, nps("CSAT after first call", "owner-key"));
    }

    @Test
    public void aMetricCanServeSeveralGoalsAndAGoalListsItsMetricsByName() {
        catalog.links.link(ADMIN, churn, nps.id());
        catalog.links.link(ADMIN, churn, csat.id());
        catalog.links.link(ADMIN, contacts, nps.id());

        assertEquals(List.of(csat, nps), catalog.links.metricsOf(AGENT, churn, false));
        assertEquals(List.of(churn, contacts), catalog.links.goalIdsOf(AGENT, nps.id()));
    }

    @Test
    public void linkingTwiceMakesOneLinkAndUnlinkingRemovesIt() {
        List<CatalogChanges.Change> published = new CopyOnWriteArrayList<>();
        catalog.changes.subscribe(published::add);
        catalog.links.link(ADMIN, churn, nps.id());
        catalog.links.link(ADMIN, churn, nps.id());
        assertEquals(List.of(nps), catalog.links.metricsOf(AGENT, churn, false));

        catalog.links.unlink(ADMIN, churn, nps.id());
        catalog.links.unlink(ADMIN, churn, nps.id());
        assertEquals(List.of(), catalog.links.metricsOf(AGENT, churn, false));
        // a change for each link made or removed, none for the repeats that changed nothing
        CatalogChanges.Change change = new CatalogChanges.Change(GoalMetricLinks.SUBJECT, churn);
        assertEquals(List.of(change, change), published);
    }

    @Test
    public void archivedMetricsAreHiddenUnlessAskedForAndCannotBeLinkedAnew() {
        catalog.links.link(ADMIN, churn, nps.id());
        Metric archived = catalog.metrics.archive(ADMIN, nps.id(), 1);

        assertEquals(List.of(), catalog.links.metricsOf(AGENT, churn, false));
        assertEquals(List.of(archived), catalog.links.metricsOf(AGENT, churn, true));
        assertThrows(ConflictException.class, () -> catalog.links.link(ADMIN, contacts, nps.id()));
    }

    @Test
    public void unknownGoalsAndMetricsAreNotFoundAndOnlyAdminsLink() {
        assertThrows(NotFoundException.class, () -> catalog.links.link(ADMIN, 999, nps.id()));
        assertThrows(NotFoundException.class, () -> catalog.links.link(ADMIN, churn, 999));
        assertThrows(ForbiddenException.class, () -> catalog.links.link(AGENT, churn, nps.id()));
        assertEquals(List.of(), catalog.links.metricsOf(ADMIN, churn, true));
    }
}
