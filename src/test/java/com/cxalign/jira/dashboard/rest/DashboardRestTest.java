package com.cxalign.jira.dashboard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.dashboard.data.Dashboards;
import com.cxalign.jira.initiative.CxSampleIssues;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.testing.ao.DatabaseTest;
import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** {@code /dashboard/...} over real HTTP, with the real service, SQL on a real database and the sample issues. */
@Category(DatabaseTest.class)
public class DashboardRestTest {

    @Rule
    public Initiatives initiatives = new Initiatives();

    @Rule
    public RestServer server = new RestServer();

    private CxSampleIssues sample;

    @Before
    public void serve() {
        sample = CxSampleIssues.in(initiatives);
        Dashboards dashboards = new Dashboards(initiatives);
        dashboards.writeSample(sample);
        server.serve(new DashboardResource(dashboards.service, server.currentActor()));
        server.signInAs("agent-key", false);
    }

    @Test
    public void theAlignmentOfTheProjectsTheUserMayBrowse() {
        RestResponse response = server.get("/dashboard/alignment");

        assertEquals(response.toString(), 200, response.status());
        JsonNode json = response.json();
        assertEquals("We make every customer feel looked after.", json.get("mission").get("statement").asText());
        assertEquals("[10100]", json.get("projectIds").toString());
        JsonNode goal = json.get("goals").get(0);
        assertEquals("Reduce onboarding churn", goal.get("name").asText());
        assertEquals(1, goal.get("inProgress").asInt());
        assertEquals(100, goal.get("alignedPercent").asInt());
        assertEquals("CX-5", json.get("unaligned").get("issues").get(0).get("key").asText());
        assertEquals("goal,metric,outcome", json.get("unaligned").get("issues").get(0).get("detail").asText());
        JsonNode metric = json.get("metrics").get(0);
        assertEquals(27, metric.get("latest").asInt());
        assertEquals(46, metric.get("progressPercent").asInt());
        assertEquals("behind", metric.get("pace").asText());
        assertFalse(response.body(), response.body().contains("Escalated by the CEO"));
    }

    @Test
    public void aProjectTheUserMayNotBrowseCountsNothing() {
        JsonNode json = server.get("/dashboard/alignment?projects=10200").json();
        assertEquals("[]", json.get("projectIds").toString());
        assertEquals(0, json.get("goals").get(0).get("total").asInt());

        JsonNode loop = server.get("/dashboard/feedback-loop?projects=10200").json();
        assertEquals(0, loop.get("received").asInt());
        assertTrue(loop.get("actedOnPercent").isNull());

        server.signInAs("admin-key", true);
        assertEquals(1, server.get("/dashboard/feedback-loop?projects=10200").json().get("received").asInt());
    }

    @Test
    public void theFeedbackLoopWithItsFiltersAndPage() {
        RestResponse response = server.get("/dashboard/feedback-loop?channel=survey&since=2026-01-01&limit=1");

        assertEquals(response.toString(), 200, response.status());
        JsonNode json = response.json();
        assertEquals(2, json.get("received").asInt());
        assertEquals(1, json.get("customerTold").asInt());
        assertEquals(50, json.get("customerToldPercent").asInt());
        assertEquals(255, json.get("medianDaysToTell").asInt());
        assertEquals("0-7", json.get("openByAge").get(0).get("label").asText());
        assertEquals(1, json.get("openByAge").get(0).get("count").asInt());
        assertEquals("SURVEY", json.get("openByChannel").get(0).get("channel").asText());
        assertEquals(1, json.get("oldestOpen").get("limit").asInt());
        assertEquals("CX-3", json.get("oldestOpen").get("issues").get(0).get("key").asText());

        assertEquals(0, server.get("/dashboard/feedback-loop?channel=SOCIAL").json().get("received").asInt());
    }

    @Test
    public void badParametersAreA400NamingEachField() {
        RestResponse response = server.get(
                "/dashboard/alignment?projects=10100,abc&goal=-1&since=yesterday&start=x&limit=101");

        assertEquals(400, response.status());
        Map<String, String> errors = response.fieldErrors();
        assertEquals(Map.of(
                "projects", "Give the projects as their ids separated by commas, for example 10100,10200.",
                "goal", "Give the goal as its id, a whole number greater than 0.",
                "since", "Give the first day as YYYY-MM-DD, for example 2026-01-31.",
                "start", "Give the start as a whole number, 0 or more.",
                "limit", "Give the limit as a whole number from 1 to 100."), errors);

        RestResponse channel = server.get("/dashboard/feedback-loop?channel=pigeon&limit=0");
        assertEquals(400, channel.status());
        assertEquals("Pick one of these channels: SURVEY, SUPPORT, INTERVIEW, REVIEW, SOCIAL, SALES, EMPLOYEE.",
                channel.fieldErrors().get("channel"));
        assertEquals("Give the limit as a whole number from 1 to 100.", channel.fieldErrors().get("limit"));

        RestResponse unknownGoal = server.get("/dashboard/alignment?goal=9999");
        assertEquals(400, unknownGoal.status());
        assertEquals("There is no goal 9999. Pick one of the goals in the list.",
                unknownGoal.fieldErrors().get("goal"));
    }

    @Test
    public void nobodyLoggedInIsA401() {
        server.signOut();

        assertEquals(401, server.get("/dashboard/alignment").status());
        assertEquals(401, server.get("/dashboard/feedback-loop").status());
    }
}
