package com.cxalign.jira.catalog.rest;

import static com.cxalign.jira.catalog.rest.CatalogApi.npsJson;
import static org.junit.Assert.assertEquals;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.testing.ao.DatabaseTest;
import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.Map;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** POST /readings/import over real HTTP, real services and a real database. */
@Category(DatabaseTest.class)
public class ReadingImportRestTest {

    private static final String HEADER = "metric,value,measured_at,source,note\r\n";

    @Rule
    public Catalog catalog = new Catalog();

    @Rule
    public RestServer server = new RestServer();

    private int metric;

    @Before
    public void serveCatalogue() {
        CatalogApi.serve(server, catalog);
        server.signInAs("admin-key", true);
        metric = server.post("/metrics", npsJson("Onboarding NPS")).json().get("id").asInt();
    }

    @Test
    public void aValidFileStoresItsReadingsAndSaysHowMany() {
        RestResponse response = server.post("/readings/import", body("\uFEFF" + HEADER
                + "Onboarding NPS,24.5,2026-10-31,\"Q3 survey, wave 2\",\r\n"
                + "Onboarding NPS,26,2026-11-01\r\n"));

        assertEquals(200, response.status());
        assertEquals("{\"stored\":2}", response.body());
        RestResponse readings = server.get("/metrics/" + metric + "/readings");
        assertEquals("Q3 survey, wave 2", readings.json().get(1).get("source").asText());
    }

    @Test
    public void aWrongFileIsOne400WithAPlainMessagePerLineAndColumnAndStoresNothing() {
        RestResponse response = server.post("/readings/import", body(HEADER
                + "Onboarding NPS,24,2026-10-31\r\n"
                + "Onboarding NPS,140,2026-10-31\r\n"
                + "Onboarding NPZ,24,2026-10-31,a,b,c\r\n"));

        assertEquals(400, response.status());
        assertEquals("Some of the values you entered need attention.", response.message());
        assertEquals(Map.of("line 4", "This line has 6 values, but a line holds at most 5: "
                + "metric,value,measured_at,source,note. Put a value that contains a comma in double quotes."),
                response.fieldErrors());

        response = server.post("/readings/import", body(HEADER
                + "Onboarding NPS,24,2026-10-31\r\n"
                + "Onboarding NPS,140,2026-10-31\r\n"
                + "Onboarding NPZ,24,2026-10-31\r\n"));

        assertEquals(Map.of("line 3: value", "Enter a value from -100 to 100 (NPS).",
                "line 4: metric", "There is no metric called \"Onboarding NPZ\"."), response.fieldErrors());
        assertEquals(0, server.get("/metrics/" + metric + "/readings").json().size());
    }

    @Test
    public void theOwnerImportsReadingsOfTheirMetricButNobodyElseDoes() {
        String file = body(HEADER + "Onboarding NPS,24,2026-10-31\r\n");

        server.signInAs("owner-key", false);
        assertEquals(200, server.post("/readings/import", file).status());
        server.signInAs("agent-key", false);
        RestResponse forbidden = server.post("/readings/import", file);
        assertEquals(403, forbidden.status());
        assertEquals("Only Jira administrators and the owner of a metric can record its readings. You do not own: "
                + "\"Onboarding NPS\".", forbidden.message());
        server.signOut();
        assertEquals(401, server.post("/readings/import", file).status());
    }

    @Test
    public void aCsvBodyIsRefusedSinceTheFileTravelsInsideJson() {
        RestResponse response = server.send("POST", "/readings/import", "text/csv",
                HEADER + "Onboarding NPS,24,2026-10-31\r\n");

        assertEquals(415, response.status());
        assertEquals("Send the request body as JSON (Content-Type: application/json).", response.message());
    }

    @Test
    public void aBodyWithoutTheFileIsRefused() {
        assertEquals(Map.of("csv", "This field is required."), server.post("/readings/import", "{}").fieldErrors());
        assertEquals(400, server.post("/readings/import", "{\"csv\": 42}").status());
        assertEquals(400, server.post("/readings/import", "{\"file\": \"x\"}").status());
    }

    /** The JSON body the admin page sends: the file's text as one JSON string. */
    private static String body(String csv) {
        return JsonNodeFactory.instance.objectNode().put("csv", csv).toString();
    }
}
