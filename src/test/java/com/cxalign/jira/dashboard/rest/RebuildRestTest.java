package com.cxalign.jira.dashboard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.dashboard.ReadModels;
import com.cxalign.jira.dashboard.readmodel.RebuildAdmin;
import com.cxalign.jira.initiative.CxSampleIssues;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** {@code /dashboard/rebuild} over real HTTP: admins see the last run and start one; a started run really runs. */
public class RebuildRestTest {

    @Rule
    public Initiatives initiatives = new Initiatives();

    @Rule
    public RestServer server = new RestServer();

    private int scheduled;

    @Before
    public void serve() {
        CxSampleIssues.in(initiatives);
        ReadModels readModels = ReadModels.over(initiatives);
        // The scheduler runs the job at once here; in Jira it runs soon after, on one node.
        RebuildAdmin admin = new RebuildAdmin(readModels.rebuild, () -> {
            scheduled++;
            readModels.rebuild.run();
        });
        server.serve(new RebuildResource(admin, server.currentActor()));
        server.signInAs("admin-key", true);
    }

    @Test
    public void beforeTheFirstRunThereIsNothingAndAStartedRunIsReportedDone() {
        assertEquals("{}", server.get("/dashboard/rebuild").body());

        RestResponse started = server.post("/dashboard/rebuild", "{}");

        assertEquals(202, started.status());
        assertEquals("DONE", started.json().get("state").asText());
        assertEquals(5, started.json().get("issuesSeen").asInt());
        assertEquals(5, server.get("/dashboard/rebuild").json().get("rowsWritten").asInt());
        assertEquals(1, scheduled);
    }

    @Test
    public void onlyAdministratorsSeeOrStartIt() {
        server.signInAs("agent-key", false);
        assertEquals(403, server.get("/dashboard/rebuild").status());
        assertEquals(403, server.post("/dashboard/rebuild", "{}").status());
        server.signOut();
        assertEquals(401, server.post("/dashboard/rebuild", "{}").status());
        assertEquals(415, server.send("POST", "/dashboard/rebuild", "text/plain", "go").status());
        assertTrue(scheduled == 0);
    }
}
