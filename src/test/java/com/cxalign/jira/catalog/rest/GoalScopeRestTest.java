package com.cxalign.jira.catalog.rest;

import static com.cxalign.jira.catalog.rest.CatalogApi.goalJson;
import static com.cxalign.jira.catalog.rest.CatalogApi.npsJson;
import static org.junit.Assert.assertEquals;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;

import java.util.Map;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** {@code /goals/{id}/scopes} over real HTTP, real services and a real database. */
public class GoalScopeRestTest {

    @Rule
    public Catalog catalog = new Catalog();

    @Rule
    public RestServer server = new RestServer();

    private String scopes;

    @Before
    public void createGoal() {
        CatalogApi.serve(server, catalog);
        server.signInAs("admin-key", true);
        int goal = server.post("/goals", goalJson("Reduce onboarding churn")).json().get("id").asInt();
        scopes = "/goals/" + goal + "/scopes";
    }

    @Test
    public void anAdminReplacesTheScopeAndEveryLicensedUserReadsItWithTheGoalsNewVersion() {
        RestResponse saved = server.put(scopes, "{\"projectIds\": [10200, 10000],"
                + " \"departments\": [\"Support\", \"Sales\"], \"version\": 1}");
        assertEquals(200, saved.status());

        server.signInAs("agent-key", false);
        RestResponse read = server.get(scopes);
        assertEquals(200, read.status());
        assertEquals("[10000,10200]", read.json().get("projectIds").toString());
        assertEquals("[\"Sales\",\"Support\"]", read.json().get("departments").toString());
        assertEquals(2, read.json().get("version").asInt());
        assertEquals(2, server.get(scopes.replace("/scopes", "")).json().get("version").asInt());
    }

    @Test
    public void theGoalsOtherAddressesStillAnswerBesideTheScopeResource() {
        int metric = server.post("/metrics", npsJson("Onboarding NPS")).json().get("id").asInt();
        String goal = scopes.replace("/scopes", "");

        assertEquals(204, server.put(goal + "/metrics/" + metric, null).status());
        assertEquals(1, server.get(goal + "/metrics").json().size());
        assertEquals("Reduce onboarding churn", server.get(goal).json().get("name").asText());
    }

    @Test
    public void wrongEntriesAreReportedByPositionInPlainWordsAndNothingIsStored() {
        RestResponse response = server.put(scopes, "{\"projectIds\": [10000, 0, 10000],"
                + " \"departments\": [\"Support\", \"support\", \"\"], \"version\": 1}");

        assertEquals(400, response.status());
        Map<String, String> errors = response.fieldErrors();
        assertEquals("Enter the id of a Jira project: a whole number above 0.", errors.get("projectIds[1]"));
        assertEquals("This is already in the list.", errors.get("projectIds[2]"));
        assertEquals("This is already in the list.", errors.get("departments[1]"));
        assertEquals("This field is required.", errors.get("departments[2]"));
        assertEquals(0, server.get(scopes).json().get("departments").size());
    }

    @Test
    public void aMissingListIsRequiredSoThatItCannotEraseTheScopeByAccident() {
        RestResponse response = server.put(scopes, "{\"projectIds\": [10000], \"version\": 1}");

        assertEquals(400, response.status());
        assertEquals("This field is required.", response.fieldErrors().get("departments"));
    }

    @Test
    public void entriesOfTheWrongTypeAreA400() {
        assertEquals(400, server.put(scopes, "{\"projectIds\": [\"10000\"], \"departments\": [],"
                + " \"version\": 1}").status());
        assertEquals(400, server.put(scopes, "{\"projectIds\": [], \"departments\": [{\"name\": \"Sales\"}],"
                + " \"version\": 1}").status());
        assertEquals(400, server.put(scopes, "{\"projectIds\": [1.5], \"departments\": [], \"version\": 1}")
                .status());
    }

    @Test
    public void aStaleOrMissingVersionIsRefused() {
        assertEquals(200, server.put(scopes, "{\"projectIds\": [10000], \"departments\": [], \"version\": 1}")
                .status());

        assertEquals(409, server.put(scopes, "{\"projectIds\": [], \"departments\": [], \"version\": 1}").status());
        RestResponse noVersion = server.put(scopes, "{\"projectIds\": [], \"departments\": []}");
        assertEquals(400, noVersion.status());
        assertEquals("This field is required.", noVersion.fieldErrors().get("version"));
        assertEquals(1, server.get(scopes).json().get("projectIds").size());
    }

    @Test
    public void aNonAdminGets403AndAnAnonymousVisitor401() {
        server.signInAs("agent-key", false);
        assertEquals(403, server.put(scopes, "{\"projectIds\": [], \"departments\": [], \"version\": 1}").status());

        server.signOut();
        assertEquals(401, server.get(scopes).status());
    }

    @Test
    public void theScopeOfAnUnknownGoalIs404() {
        RestResponse response = server.get("/goals/4711/scopes");

        assertEquals(404, response.status());
        assertEquals("There is no goal with id 4711.", response.message());
    }
}
