package com.cxalign.jira.testing.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.cxalign.jira.platform.security.Actor;
import com.cxalign.jira.platform.security.CurrentActor;

import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

public class RestServerTest {

    @Rule
    public final RestServer server = new RestServer();

    /** Tells who is asking and echoes what it is sent, by HTTP method. */
    @Path("/echo")
    @Produces(MediaType.APPLICATION_JSON)
    @UnrestrictedAccess // reason: a harness test, never deployed
    public static class EchoResource {

        private final CurrentActor currentActor;

        public EchoResource(CurrentActor currentActor) {
            this.currentActor = currentActor;
        }

        @GET
        public Actor who(@Context HttpServletRequest request) {
            return currentActor.of(request);
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Map<String, Object> post(Map<String, Object> body) {
            return Map.of("method", "POST", "body", body);
        }

        @PUT
        @Consumes(MediaType.APPLICATION_JSON)
        public Map<String, Object> put(Map<String, Object> body) {
            return Map.of("method", "PUT", "body", body);
        }

        @DELETE
        public Map<String, Object> delete() {
            return Map.of("method", "DELETE");
        }
    }

    @Before
    public void serveTheEcho() {
        server.serve(new EchoResource(server.currentActor()));
    }

    @Test
    public void theResourcesAreServedOnTheLoopbackUnderJirasRestPath() {
        assertEquals("127.0.0.1", server.baseUri().getHost());
        assertEquals("/jira/rest/cx-align/1.0", server.baseUri().getPath());
        assertEquals(200, server.get("/echo").status());
    }

    @Test
    public void requestsAreAnonymousUntilSomeoneSignsIn() {
        RestResponse response = server.get("/echo");

        assertTrue(response.json().path("userKey").isNull());
        assertFalse(response.json().path("admin").asBoolean());
    }

    @Test
    public void aSignedInUserIsWhoTheResourceSees() {
        server.signInAs("JIRAUSER10100", false);
        RestResponse user = server.get("/echo");
        server.signInAs("JIRAUSER10000", true);
        RestResponse admin = server.get("/echo");

        assertEquals("JIRAUSER10100", user.json().path("userKey").asText());
        assertFalse(user.json().path("admin").asBoolean());
        assertEquals("JIRAUSER10000", admin.json().path("userKey").asText());
        assertTrue(admin.json().path("admin").asBoolean());
    }

    @Test
    public void signingOutMakesRequestsAnonymousAgain() {
        server.signInAs("JIRAUSER10100", true);
        server.signOut();

        assertTrue(server.get("/echo").json().path("userKey").isNull());
    }

    @Test
    public void theClientSendsJsonWithEachMethodAndParsesTheAnswer() {
        RestResponse posted = server.post("/echo", "{\"a\": 1}");
        RestResponse put = server.put("/echo", "{\"b\": [true]}");
        RestResponse deleted = server.delete("/echo");

        assertEquals("POST", posted.json().path("method").asText());
        assertEquals(1, posted.json().path("body").path("a").asInt());
        assertTrue(put.json().path("body").path("b").path(0).asBoolean());
        assertEquals("DELETE", deleted.json().path("method").asText());
        assertTrue(posted.header("Content-Type").startsWith("application/json"));
    }

    @Test
    public void aBodyThatIsNotJsonParsesAsMissingSoTestsCanStillReadTheRawText() {
        assertTrue(JsonHttpClient.parse("<html><body>Oops</body></html>").isMissingNode());
        assertTrue(JsonHttpClient.parse("").isMissingNode());
        assertEquals(3, JsonHttpClient.parse("{\"a\": 3}").path("a").asInt());
    }

    @Test
    public void theServerCannotBeReconfiguredOnceItAnswers() {
        server.get("/echo");

        assertThrows(IllegalStateException.class, () -> server.serve(new Object()));
    }
}
