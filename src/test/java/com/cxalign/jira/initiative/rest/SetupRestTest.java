package com.cxalign.jira.initiative.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** {@code /setup} and {@code /setup/projects} over real HTTP, for administrators only. */
public class SetupRestTest {

    @Rule
    public Initiatives initiatives = new Initiatives();

    @Rule
    public RestServer server = new RestServer();

    @Before
    public void serve() {
        String task = initiatives.jira.addIssueTypeByHand("Task");
        initiatives.jira.addProject(10100, "CX", "Customer Experience", "CX scheme", false, List.of(task),
                List.of("CX screen"));
        server.serve(new SetupResource(initiatives.status, initiatives.projectSetup, server.currentActor()));
        server.signInAs("admin-key", true);
    }

    @Test
    public void theStatusListsWhatThePluginMadeAndWhatIsMissing() {
        JsonNode before = server.get("/setup").json();
        assertEquals("CX Initiative", before.get(0).get("name").asText());
        assertTrue(before.get(0).get("jiraId").isNull());
        assertFalse(before.get(0).get("present").asBoolean());

        initiatives.setup.ensure();
        JsonNode after = server.get("/setup").json();

        assertEquals(2 + 1 + 13, after.size());
        assertEquals("issueType", after.get(0).get("kind").asText());
        assertEquals("linkType", after.get(2).get("kind").asText());
        assertEquals("field", after.get(3).get("kind").asText());
        assertEquals(initiatives.issueTypeId(com.cxalign.jira.initiative.model.CxIssueType.INITIATIVE),
                after.get(0).get("jiraId").asText());
        assertTrue(after.get(15).get("present").asBoolean());
    }

    @Test
    public void settingUpAProjectReportsEveryChange() {
        assertEquals("CX", server.get("/setup/projects").json().get(0).get("key").asText());

        RestResponse response = server.post("/setup/projects", "{\"projectKey\": \"CX\"}");

        assertEquals(response.toString(), 200, response.status());
        JsonNode report = response.json();
        assertEquals("CX scheme", report.get("issueTypeScheme").asText());
        assertEquals("CX Initiative", report.get("addedIssueTypes").get(0).asText());
        assertEquals("CX screen", report.get("screens").get(0).get("screen").asText());
        assertEquals(13, report.get("screens").get(0).get("addedFields").size());
        JsonNode again = server.post("/setup/projects", "{\"projectKey\": \"CX\"}").json();
        assertEquals(0, again.get("addedIssueTypes").size());
        assertEquals(0, again.get("screens").get(0).get("addedFields").size());
    }

    @Test
    public void badInputIsA400NamingTheFieldAndChangesNothing() {
        RestResponse blank = server.post("/setup/projects", "{\"projectKey\": \" \"}");
        assertEquals(400, blank.status());
        assertEquals("This field is required.", blank.fieldErrors().get("projectKey"));

        assertEquals(400, server.post("/setup/projects", "{\"projectKey\": \"CX\", \"admin\": true}").status());
        assertEquals(400, server.post("/setup/projects", "{\"projectKey\": 12}").status());
        assertEquals(415, server.send("POST", "/setup/projects", "application/x-www-form-urlencoded",
                "projectKey=CX").status());
        RestResponse unknown = server.post("/setup/projects", "{\"projectKey\": \"<b>NOPE</b>\"}");
        assertEquals(404, unknown.status());
        assertEquals("There is no project with the key <b>NOPE</b>.", unknown.message());
        assertEquals(0, initiatives.jira.createdCount("issueType"));
    }

    @Test
    public void usersWhoAreNoAdministratorsGetNothing() {
        server.signInAs("agent-key", false);
        assertEquals(403, server.get("/setup").status());
        assertEquals(403, server.get("/setup/projects").status());
        RestResponse refused = server.post("/setup/projects", "{\"projectKey\": \"CX\"}");
        assertEquals(403, refused.status());
        assertFalse(refused.body(), refused.body().contains("Customer Experience"));

        server.signOut();
        assertEquals(401, server.get("/setup").status());
        assertEquals(401, server.post("/setup/projects", "{\"projectKey\": \"CX\"}").status());
        assertEquals(0, initiatives.jira.createdCount("issueType"));
    }
}
