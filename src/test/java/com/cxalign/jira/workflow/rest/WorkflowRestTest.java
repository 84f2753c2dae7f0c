package com.cxalign.jira.workflow.rest;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;
import com.cxalign.jira.workflow.InMemoryJiraConstants;
import com.cxalign.jira.workflow.WorkflowDownloads;
import com.cxalign.jira.workflow.WorkflowTemplates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * {@code /setup/workflows} over real HTTP, for administrators only: the list as JSON, and each workflow filled in
 * with this Jira's status and resolution ids as an XML download, fetched as a browser following the setup page's
 * link would.
 */
public class WorkflowRestTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Rule
    public RestServer server = new RestServer();

    private final InMemoryJiraConstants jira = InMemoryJiraConstants.statusesOfANewJira();
    private final InMemoryJiraConstants resolutions = InMemoryJiraConstants.resolutionsOfANewJira();

    @Before
    public void serve() {
        server.serve(new WorkflowResource(new WorkflowDownloads(new WorkflowTemplates(), jira, resolutions),
                server.currentActor()));
        server.signInAs("admin-key", true);
    }

    @Test
    public void theListNamesEachWorkflowAndTheStatusesThisJiraLacks() {
        RestResponse response = server.get("/setup/workflows");

        assertEquals(response.toString(), 200, response.status());
        JsonNode list = response.json();
        assertEquals(2, list.size());
        assertEquals("cx-initiative-workflow", list.get(0).get("name").asText());
        assertEquals("CX Initiative workflow", list.get(0).get("displayName").asText());
        assertEquals(List.of("Idea", "Committed", "Measuring"), texts(list.get(0).get("missingStatuses")));
        assertEquals(List.of(), texts(list.get(0).get("missingResolutions")));
        assertFalse(list.get(0).get("ready").asBoolean());
        assertEquals("customer-feedback-workflow", list.get(1).get("name").asText());
        assertEquals(List.of("Received", "Acted On", "Customer Told"), texts(list.get(1).get("missingStatuses")));
        assertEquals(List.of(), texts(list.get(1).get("missingResolutions")));

        jira.create("Idea", "Committed", "Measuring");
        JsonNode after = server.get("/setup/workflows").json();
        assertTrue(after.get(0).get("ready").asBoolean());
        assertEquals(0, after.get(0).get("missingStatuses").size());
        assertEquals(0, after.get(0).get("missingResolutions").size());
        assertFalse(after.get(1).get("ready").asBoolean());
    }

    @Test
    public void theListNamesTheResolutionsThisJiraLacks() {
        jira.create("Idea", "Committed", "Measuring");
        resolutions.delete("Done");

        JsonNode list = server.get("/setup/workflows").json();

        assertEquals(List.of(), texts(list.get(0).get("missingStatuses")));
        assertEquals(List.of("Done"), texts(list.get(0).get("missingResolutions")));
        assertFalse(list.get(0).get("ready").asBoolean());
        assertEquals(List.of("Received", "Acted On", "Customer Told"), texts(list.get(1).get("missingStatuses")));
        assertEquals(List.of("Done"), texts(list.get(1).get("missingResolutions")));

        resolutions.create("Done");
        assertTrue(server.get("/setup/workflows").json().get(0).get("ready").asBoolean());
    }

    @Test
    public void aReadyWorkflowIsAnXmlAttachmentWithThisJirasStatusIds() throws Exception {
        jira.create("Idea", "Committed", "Measuring");

        HttpResponse<String> response = fetch("/setup/workflows/cx-initiative-workflow", BROWSER_ACCEPT);

        assertEquals(response.body(), 200, response.statusCode());
        assertThat(response.headers().firstValue("Content-Type").orElse(""), containsString("application/xml"));
        assertEquals("attachment; filename=\"cx-initiative-workflow.xml\"",
                response.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        String xml = response.body();
        assertThat(xml, containsString("<step id=\"1\" name=\"Idea\">\n      <meta name=\"jira.status.id\">"
                + jira.idOf("Idea") + "</meta>"));
        assertThat(xml, containsString("<meta name=\"jira.status.id\">3</meta>"));
        assertThat(xml, containsString("<meta name=\"jira.status.id\">10001</meta>"));
        assertThat(xml, not(containsString(">@status:")));
        assertThat(xml, containsString("<arg name=\"field.name\">resolution</arg>\n"
                + "                <arg name=\"field.value\">" + resolutions.idOf("Done") + "</arg>"));
        assertThat(xml, not(containsString(">@resolution:")));
        assertEquals(200, fetch("/setup/workflows/cx-initiative-workflow", "application/xml").statusCode());
    }

    @Test
    public void aWorkflowWhoseStatusesAreMissingIsA409NamingThem() throws Exception {
        HttpResponse<String> response = fetch("/setup/workflows/customer-feedback-workflow", BROWSER_ACCEPT);

        assertEquals(409, response.statusCode());
        assertThat(response.headers().firstValue("Content-Type").orElse(""), containsString("application/json"));
        assertEquals("This Jira does not have every status the Customer Feedback workflow needs. Create Received, "
                + "Acted On, Customer Told in Administration \u2192 Issues \u2192 Statuses, then download it again.",
                message(response));
        assertFalse(response.headers().firstValue("Content-Disposition").isPresent());
    }

    @Test
    public void aWorkflowWhoseResolutionIsMissingIsA409NamingIt() throws Exception {
        jira.create("Idea", "Committed", "Measuring");
        resolutions.delete("Done");

        HttpResponse<String> onlyResolution = fetch("/setup/workflows/cx-initiative-workflow", BROWSER_ACCEPT);

        assertEquals(409, onlyResolution.statusCode());
        assertEquals("This Jira does not have every resolution the CX Initiative workflow needs. Create Done in "
                + "Administration \u2192 Issues \u2192 Resolutions, then download it again.", message(onlyResolution));
        assertFalse(onlyResolution.headers().firstValue("Content-Disposition").isPresent());

        HttpResponse<String> both = fetch("/setup/workflows/customer-feedback-workflow", BROWSER_ACCEPT);

        assertEquals(409, both.statusCode());
        assertEquals("This Jira does not have every status and resolution the Customer Feedback workflow needs. "
                + "Create the statuses Received, Acted On, Customer Told in Administration \u2192 Issues \u2192 "
                + "Statuses and the resolutions Done in Administration \u2192 Issues \u2192 Resolutions, then "
                + "download it again.", message(both));
    }

    @Test
    public void anUnknownWorkflowIsA404() throws Exception {
        HttpResponse<String> response = fetch("/setup/workflows/nope", BROWSER_ACCEPT);

        assertEquals(404, response.statusCode());
        assertEquals("CX Align has no workflow called \"nope\".", message(response));
        assertEquals(404, fetch("/setup/workflows/..%2Fcx-initiative-workflow", BROWSER_ACCEPT).statusCode());
    }

    @Test
    public void usersWhoAreNoAdministratorsGetNothing() throws Exception {
        jira.create("Idea", "Committed", "Measuring");
        server.signInAs("agent-key", false);
        assertEquals(403, server.get("/setup/workflows").status());
        HttpResponse<String> refused = fetch("/setup/workflows/cx-initiative-workflow", BROWSER_ACCEPT);
        assertEquals(403, refused.statusCode());
        assertThat(refused.body(), not(containsString("jira.status.id")));
        // Whether a workflow exists is no business of theirs either.
        assertEquals(403, fetch("/setup/workflows/nope", BROWSER_ACCEPT).statusCode());

        server.signOut();
        assertEquals(401, server.get("/setup/workflows").status());
        assertEquals(401, fetch("/setup/workflows/cx-initiative-workflow", BROWSER_ACCEPT).statusCode());
    }

    private HttpResponse<String> fetch(String path, String accept) throws IOException, InterruptedException {
        URI uri = URI.create(server.baseUri() + path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String message(HttpResponse<String> response) throws IOException {
        return new ObjectMapper().readTree(response.body()).get("message").asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
