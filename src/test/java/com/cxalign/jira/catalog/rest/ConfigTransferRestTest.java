package com.cxalign.jira.catalog.rest;

import static com.cxalign.jira.catalog.rest.CatalogApi.goalJson;
import static com.cxalign.jira.catalog.rest.CatalogApi.npsJson;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.testing.ao.DatabaseTest;
import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** GET /config/export and POST /config/import over real HTTP, real services and a real database. */
@Category(DatabaseTest.class)
public class ConfigTransferRestTest {

    @Rule
    public Catalog catalog = new Catalog();

    @Rule
    public RestServer server = new RestServer();

    @Before
    public void serveCatalogue() {
        CatalogApi.serve(server, catalog);
        server.signInAs("admin-key", true);
        int goal = server.post("/goals", goalJson("Reduce onboarding churn")).json().get("id").asInt();
        int metric = server.post("/metrics", npsJson("Onboarding NPS")).json().get("id").asInt();
        server.put("/goals/" + goal + "/metrics/" + metric, null);
    }

    @Test
    public void anAdminDownloadsTheCatalogueAsOneDocumentWithItsKeysInOrder() {
        RestResponse export = server.get("/config/export");

        assertEquals(200, export.status());
        assertEquals("attachment; filename=\"cx-align-catalog-2026-11-02.json\"", export.header("Content-Disposition"));
        assertEquals("Reduce onboarding churn", export.json().get("goals").get(0).get("name").asText());
        assertEquals("Onboarding NPS", export.json().get("links").get(0).get("metric").asText());
        assertInOrder(export.body(), "\"archiveMissing\"", "\"exportedAt\"", "\"format\"", "\"goals\"", "\"links\"",
                "\"metrics\"", "\"mission\"", "\"version\"");
    }

    @Test
    public void anExportedDocumentImportsBackChangingNothing() {
        String document = server.get("/config/export").body();

        RestResponse imported = server.post("/config/import", document);

        assertEquals(200, imported.status());
        assertEquals(0, imported.json().get("changes").asInt());
        assertEquals("NOT_IN_DOCUMENT", imported.json().get("mission").asText());
        assertEquals("Reduce onboarding churn", imported.json().get("goals").get("unchanged").get(0).asText());
        assertEquals("Onboarding NPS", imported.json().get("links").get("unchanged").get(0).get("metric").asText());
    }

    @Test
    public void anImportSaysWhatItCreatedUpdatedAndLeftAlone() {
        String document = server.get("/config/export").body()
                .replace("\"Why it matters\"", "\"Why it matters most\"")
                .replace("\"goals\":[{",
                        "\"goals\":[{\"name\": \"Fewer repeat contacts\", \"status\": \"ACTIVE\"}, {");

        RestResponse imported = server.post("/config/import", document);

        assertEquals(imported.body(), 200, imported.status());
        assertEquals("Fewer repeat contacts", imported.json().get("goals").get("created").get(0).asText());
        assertEquals("Reduce onboarding churn", imported.json().get("goals").get("updated").get(0).asText());
        assertEquals("Onboarding NPS", imported.json().get("metrics").get("unchanged").get(0).asText());
        assertEquals(2, imported.json().get("changes").asInt());
        assertEquals("Why it matters most", server.get("/goals").json().get(0).get("description").asText());
    }

    @Test
    public void everyProblemComesBackInOneAnswerUnderItsPathInTheFile() {
        String document = "{\"format\": \"cx-align-catalog\", \"version\": 1, \"mission\": null,"
                + " \"goals\": [{\"name\": \"A\", \"status\": \"ACTIVE\"}, {\"name\": \"a\", \"status\": \"ACTIVE\"}],"
                + " \"metrics\": [{\"name\": \"M\", \"kind\": \"NPS\", \"direction\": \"HIGHER_IS_BETTER\","
                + " \"baseline\": 140, \"baselineDate\": \"2026-01-01\", \"target\": 35,"
                + " \"targetDate\": \"2026-12-31\", \"status\": \"ACTIVE\"}],"
                + " \"links\": [{\"goal\": \"B\", \"metric\": \"M\"}]}";

        RestResponse response = server.post("/config/import", document);

        assertEquals(400, response.status());
        assertEquals("Some of the values you entered need attention.", response.message());
        assertEquals(Map.of(
                "goals[1].name",
                "The name \"a\" is already used by goals[0] in this file. Each name may appear only once.",
                "metrics[0].baseline", "Enter a value from -100 to 100 (NPS).",
                "links[0].goal", "No goal in this file is called \"B\"."), response.fieldErrors());
        assertEquals(1, server.get("/goals").json().size());
    }

    @Test
    public void decimalsArriveExactlyAsWritten() {
        String document = server.get("/config/export").body().replace("\"target\":35", "\"target\":35.123456");

        server.post("/config/import", document);

        assertEquals("35.123456", server.get("/metrics").json().get(0).get("target").asText());
    }

    @Test
    public void aBodyThatIsNotJsonIsRefusedLikeOnEveryOtherEndpoint() {
        assertEquals("The request body is not valid JSON.", server.post("/config/import", "{\"format\": ").message());
        assertEquals(400, server.post("/config/import", "").status());
        assertEquals(400, server.post("/config/import", "{\"format\": \"a\", \"format\": \"b\"}").status());
        assertEquals(400, server.post("/config/import", "{} {}").status());
        assertEquals(415, server.send("POST", "/config/import", "text/plain", "{}").status());
    }

    @Test
    public void onlyAdminsExportAndImport() {
        String document = server.get("/config/export").body();

        server.signInAs("agent-key", false);
        assertEquals(403, server.get("/config/export").status());
        assertEquals(403, server.post("/config/import", document).status());
        server.signOut();
        assertEquals(401, server.get("/config/export").status());
        assertEquals(401, server.post("/config/import", document).status());
    }

    private static void assertInOrder(String text, String... parts) {
        List<Integer> positions = Arrays.stream(parts).map(text::indexOf).toList();
        assertTrue(positions.toString(), positions.stream().allMatch(position -> position >= 0));
        assertEquals(positions.stream().sorted().toList(), positions);
    }
}
