package com.cxalign.jira.initiative.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.initiative.CxSampleIssues;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;
import com.cxalign.jira.testing.rest.StrictMessages;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** {@code GET /initiatives/{issueKey}/alignment} over real HTTP, with the real services and a real database. */
public class AlignmentRestTest {

    @Rule
    public Initiatives initiatives = new Initiatives();

    @Rule
    public RestServer server = new RestServer();

    private CxSampleIssues sample;

    @Before
    public void serve() {
        sample = CxSampleIssues.in(initiatives);
        server.serve(new AlignmentResource(initiatives.alignments, initiatives.metricChoices, server.currentActor(),
                StrictMessages.forPlugin()));
        server.signInAs("agent-key", false);
    }

    @Test
    public void aUserWhoMayBrowseTheInitiativeGetsItsAlignment() {
        RestResponse response = server.get("/initiatives/CX-1/alignment");

        assertEquals(response.toString(), 200, response.status());
        JsonNode json = response.json();
        assertEquals("initiative", json.get("type").asText());
        assertEquals("Reduce onboarding churn", json.get("goal").get("name").asText());
        assertEquals("Onboarding NPS", json.get("metric").get("name").asText());
        assertEquals(27, json.get("metric").get("latest").asInt());
        assertEquals("2026-10-01", json.get("metric").get("latestOn").asText());
        assertEquals(46, json.get("metric").get("progressPercent").asInt());
        assertEquals("120000", json.get("expectedImpact").asText());
        assertEquals(2, json.get("linkedIssues").size());
        assertEquals("CLOSED", json.get("linkedIssues").get(0).get("loopState").asText());
        assertEquals(0, json.get("hints").size());
    }

    @Test
    public void hintsComeInPlainWordsNextToTheirField() {
        JsonNode hints = server.get("/initiatives/CX-5/alignment").json().get("hints");

        assertEquals("outcome", hints.get(2).get("field").asText());
        assertEquals("Say what will be different for the customer when this is done.",
                hints.get(2).get("message").asText());
    }

    @Test
    public void feedbackComesWithItsLoop() {
        JsonNode json = server.get("/initiatives/CX-2/alignment").json();

        assertEquals("feedback", json.get("type").asText());
        assertEquals("CLOSED", json.get("loop").get("state").asText());
        assertEquals("2026-10-15", json.get("loop").get("closedOn").asText());
        assertTrue(json.get("goal").isNull());
    }

    @Test
    public void anIssueTheUserMayNotBrowseIsA403WithoutItsData() {
        RestResponse response = server.get("/initiatives/SECRET-4/alignment");

        assertEquals(403, response.status());
        assertEquals("You do not have permission to browse SECRET-4.", response.message());
        assertTrue(response.body(), !response.body().contains("Escalated by the CEO"));
    }

    @Test
    public void anUnknownKeyIsA404AndNobodyLoggedInA401() {
        assertEquals(404, server.get("/initiatives/NOPE-1/alignment").status());

        server.signOut();
        assertEquals(401, server.get("/initiatives/CX-1/alignment").status());
    }

    @Test
    public void theMetricChoicesListEachGoalOptionsMetricOptionsKeyedByOptionId() {
        JsonNode choices = server.get("/initiatives/metric-choices").json();

        String goalOption = String.valueOf(initiatives.optionOf(CxField.GOAL, sample.goal.id()));
        assertEquals("customfield_" + initiatives.fieldId(CxField.GOAL), choices.get("goalField").asText());
        assertEquals(initiatives.optionOf(CxField.METRIC, sample.metric.id()),
                choices.get("metricsByGoalOption").get(goalOption).get(0).asLong());
        assertEquals("Reduce onboarding churn", choices.get("goalNames").get(goalOption).asText());

        server.signOut();
        assertEquals(401, server.get("/initiatives/metric-choices").status());
    }

    @Test
    public void aHostileKeyIsJustAnUnknownIssue() {
        RestResponse response = server.get("/initiatives/%3Cscript%3E/alignment");

        assertEquals(404, response.status());
        assertEquals("There is no issue <script>.", response.message());
    }
}
