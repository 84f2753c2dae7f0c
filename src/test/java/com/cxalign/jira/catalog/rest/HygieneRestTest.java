package com.cxalign.jira.catalog.rest;

import static com.cxalign.jira.catalog.rest.CatalogApi.goalJson;
import static com.cxalign.jira.catalog.rest.CatalogApi.npsJson;
import static org.junit.Assert.assertEquals;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** {@code /hygiene} and {@code /hygiene/settings} over real HTTP, real services and a real database. */
public class HygieneRestTest {

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
    public void anAdminSeesWhatNeedsAttentionWithTheNumbersThatMatter() {
        int goal = server.post("/goals", goalJson("Reduce onboarding churn")).json().get("id").asInt();
        int metric = server.post("/metrics", npsJson("Onboarding NPS")).json().get("id").asInt();
        server.post("/goals", goalJson("Grow repeat orders"));

        RestResponse response = server.get("/hygiene");

        assertEquals(200, response.status());
        JsonNode report = response.json();
        assertEquals("2026-11-02", report.get("asOf").asText());
        assertEquals(3, report.get("metricCap").asInt());
        assertEquals(90, report.get("staleDays").asInt());
        assertEquals(metric, report.get("unlinkedMetrics").get(0).get("metricId").asInt());
        assertEquals("Onboarding NPS", report.get("unlinkedMetrics").get(0).get("metricName").asText());
        JsonNode stale = report.get("staleMetrics").get(0);
        assertEquals(true, stale.get("lastReadingOn").isNull());
        assertEquals("2026-01-01", stale.get("baselineDate").asText());
        assertEquals(305, stale.get("daysWithoutReading").asInt());
        assertEquals(2, report.get("goalsWithoutMetrics").size());
        assertEquals(goal, report.get("goalsWithoutMetrics").get(1).get("goalId").asInt());
        assertEquals(0, report.get("overMeasuredGoals").size());
        assertEquals(0, report.get("metricsWithoutOwner").size());
    }

    @Test
    public void onlyAdminsSeeTheReport() {
        server.signInAs("agent-key", false);
        assertEquals(403, server.get("/hygiene").status());

        server.signOut();
        assertEquals(401, server.get("/hygiene").status());
    }

    @Test
    public void everyLicensedUserReadsTheThresholdsAndAdminsChangeThem() {
        RestResponse saved = server.put("/hygiene/settings", "{\"metricCap\": 5, \"staleDays\": 30, \"version\": 0}");
        assertEquals(200, saved.status());
        assertEquals(1, saved.json().get("version").asInt());

        server.signInAs("agent-key", false);
        RestResponse read = server.get("/hygiene/settings");
        assertEquals(5, read.json().get("metricCap").asInt());
        assertEquals(30, read.json().get("staleDays").asInt());
        assertEquals(403, server.put("/hygiene/settings", "{\"metricCap\": 4, \"staleDays\": 30, \"version\": 1}")
                .status());
    }

    @Test
    public void thresholdsOutOfRangeAreA400NamingTheRange() {
        RestResponse response = server.put("/hygiene/settings", "{\"metricCap\": 0, \"staleDays\": 731,"
                + " \"version\": 0}");

        assertEquals(400, response.status());
        assertEquals("Enter a whole number from 1 to 20.", response.fieldErrors().get("metricCap"));
        assertEquals("Enter a whole number from 7 to 730.", response.fieldErrors().get("staleDays"));
        assertEquals(0, server.get("/hygiene/settings").json().get("version").asInt());
    }

    @Test
    public void aStaleVersionIsA409() {
        server.put("/hygiene/settings", "{\"metricCap\": 5, \"staleDays\": 30, \"version\": 0}");

        assertEquals(409, server.put("/hygiene/settings", "{\"metricCap\": 4, \"staleDays\": 30, \"version\": 0}")
                .status());
    }
}
