package com.cxalign.jira.catalog.rest;

import static com.cxalign.jira.catalog.rest.CatalogApi.goalJson;
import static com.cxalign.jira.catalog.rest.CatalogApi.npsJson;
import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;

import java.util.Map;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** The catalogue's REST API over real HTTP, real services and a real database. */
public class CatalogRestTest {

    @Rule
    public Catalog catalog = new Catalog();

    @Rule
    public RestServer server = new RestServer();

    @Before
    public void serveCatalogue() {
        CatalogApi.serve(server, catalog);
        server.signInAs("admin-key", true);
    }

    @Test
    public void anAdminCreatesAGoalAndEveryLicensedUserListsIt() {
        RestResponse created = server.post("/goals", goalJson("Reduce onboarding churn"));
        assertEquals(201, created.status());
        assertEquals(1, created.json().get("version").asInt());

        server.signInAs("agent-key", false);
        RestResponse list = server.get("/goals");
        assertEquals(200, list.status());
        assertEquals("Reduce onboarding churn", list.json().get(0).get("name").asText());
        assertEquals("ACTIVE", list.json().get(0).get("status").asText());
    }

    @Test
    public void invalidInputIsA400WithAPlainMessagePerFieldAndNothingIsStored() {
        RestResponse response = server.post("/metrics", "{\"name\": \"\", \"kind\": \"NPS\","
                + " \"direction\": \"HIGHER_IS_BETTER\", \"baseline\": 140, \"baselineDate\": \"2026-01-01\","
                + " \"target\": 35, \"targetDate\": \"2026-12-31\"}");

        assertEquals(400, response.status());
        Map<String, String> fieldErrors = response.fieldErrors();
        assertEquals("This field is required.", fieldErrors.get("name"));
        assertEquals("Enter a value from -100 to 100 (NPS).", fieldErrors.get("baseline"));
        assertEquals(0, catalog.metrics.list(Catalog.ADMIN, true).size());
    }

    @Test
    public void aFieldTheApiDoesNotKnowIsRefusedSoStatusAndIdCannotBeSetFromOutside() {
        RestResponse response = server.post("/goals",
                "{\"name\": \"Sneaky\", \"status\": \"ARCHIVED\", \"id\": 99}");

        assertEquals(400, response.status());
        assertEquals(0, catalog.goals.list(Catalog.ADMIN, true).size());
    }

    @Test
    public void malformedJsonIsA400() {
        assertEquals(400, server.post("/goals", "{\"name\": ").status());
        assertEquals(400, server.post("/goals", "[]").status());
        assertEquals(400, server.post("/goals", "").status());
    }

    @Test
    public void aNonAdminGets403AndAnAnonymousVisitor401AndNeitherChangesAnything() {
        server.signInAs("agent-key", false);
        RestResponse forbidden = server.post("/goals", goalJson("Mine"));
        assertEquals(403, forbidden.status());
        assertTrue(forbidden.message().length() > 10);

        server.signOut();
        assertEquals(401, server.get("/goals").status());
        assertEquals(401, server.post("/goals", goalJson("Mine")).status());
        assertEquals(0, catalog.goals.list(Catalog.ADMIN, true).size());
    }

    @Test
    public void aStaleVersionIsA409AndTheNewerChangeSurvives() {
        int id = server.post("/goals", goalJson("Reduce onboarding churn")).json().get("id").asInt();
        assertEquals(200, server.put("/goals/" + id, "{\"name\": \"First edit\", \"version\": 1}").status());

        RestResponse stale = server.put("/goals/" + id, "{\"name\": \"Second edit\", \"version\": 1}");

        assertEquals(409, stale.status());
        assertThat(stale.message(), containsString("version 2"));
        assertEquals("First edit", server.get("/goals/" + id).json().get("name").asText());
    }

    @Test
    public void anUpdateWithoutAVersionIsRefused() {
        int id = server.post("/goals", goalJson("Reduce onboarding churn")).json().get("id").asInt();

        RestResponse response = server.put("/goals/" + id, "{\"name\": \"No version\"}");

        assertEquals(400, response.status());
        assertEquals("This field is required.", response.fieldErrors().get("version"));
    }

    @Test
    public void unknownIdsAre404() {
        RestResponse response = server.get("/goals/4711");

        assertEquals(404, response.status());
        assertEquals("There is no goal with id 4711.", response.message());
        assertEquals(404, server.get("/metrics/4711/readings").status());
    }

    @Test
    public void goalsAreArchivedRestoredAndDeletedWithTheirVersion() {
        int id = server.post("/goals", goalJson("Reduce onboarding churn")).json().get("id").asInt();

        assertEquals("ARCHIVED", server.post("/goals/" + id + "/archive", "{\"version\": 1}").json()
                .get("status").asText());
        assertEquals(0, server.get("/goals").json().size());
        assertEquals(1, server.get("/goals?includeArchived=true").json().size());
        assertEquals("ACTIVE", server.post("/goals/" + id + "/restore", "{\"version\": 2}").json()
                .get("status").asText());
        assertEquals(204, server.delete("/goals/" + id + "?version=3").status());
        assertEquals(404, server.get("/goals/" + id).status());
    }

    @Test
    public void deletingAGoalOrMetricThatInitiativesNameIsA409ThatSaysToArchiveItAndDeletesNothing() {
        int goal = server.post("/goals", goalJson("Reduce onboarding churn")).json().get("id").asInt();
        int metric = server.post("/metrics", npsJson("Onboarding NPS")).json().get("id").asInt();
        catalog.initiativeNaming(10001L, goal, metric);
        catalog.initiativeNaming(10002L, goal, null);

        RestResponse goalRefused = server.delete("/goals/" + goal + "?version=1");
        RestResponse metricRefused = server.delete("/metrics/" + metric + "?version=1");

        assertEquals(409, goalRefused.status());
        assertEquals("2 CX initiative(s) name the goal \"Reduce onboarding churn\", so it cannot be deleted."
                + " Archive it instead: those initiatives keep it, and nobody can choose it any more.",
                goalRefused.message());
        assertEquals(409, metricRefused.status());
        assertThat(metricRefused.message(), containsString("1 CX initiative(s) name the metric \"Onboarding NPS\""));
        assertThat(metricRefused.message(), containsString("Archive it instead"));
        assertEquals(200, server.get("/goals/" + goal).status());
        assertEquals(200, server.get("/metrics/" + metric).status());
    }

    @Test
    public void metricsAreLinkedToGoalsAndTheirOwnerRecordsReadings() {
        int goal = server.post("/goals", goalJson("Reduce onboarding churn")).json().get("id").asInt();
        int metric = server.post("/metrics", npsJson("Onboarding NPS")).json().get("id").asInt();
        assertEquals(204, server.put("/goals/" + goal + "/metrics/" + metric, null).status());
        assertEquals("Onboarding NPS", server.get("/goals/" + goal + "/metrics").json().get(0).get("name").asText());

        server.signInAs("owner-key", false);
        RestResponse reading = server.post("/metrics/" + metric + "/readings",
                "{\"value\": 24.5, \"measuredAt\": \"2026-10-31\", \"source\": \"Q3 survey\"}");
        assertEquals(201, reading.status());
        assertEquals("24.5", reading.json().get("value").asText());

        server.signInAs("agent-key", false);
        assertEquals(403, server.post("/metrics/" + metric + "/readings",
                "{\"value\": 30, \"measuredAt\": \"2026-10-31\"}").status());
        assertEquals(1, server.get("/metrics/" + metric + "/readings").json().size());
    }

    @Test
    public void theMissionIsReadByEveryoneAndWrittenByAdminsWithAnAuditTrail() {
        RestResponse written = server.put("/mission", "{\"statement\": \"Answer right the first time.\","
                + " \"successStatement\": \"Repeat contacts under 5% by 2027.\", \"version\": 0}");
        assertEquals(200, written.status());

        server.signInAs("agent-key", false);
        assertEquals("Answer right the first time.", server.get("/mission").json().get("statement").asText());
        assertEquals(403, server.get("/audit").status());

        server.signInAs("admin-key", true);
        RestResponse audit = server.get("/audit");
        assertEquals("mission", audit.json().get(0).get("subjectType").asText());
    }
}
