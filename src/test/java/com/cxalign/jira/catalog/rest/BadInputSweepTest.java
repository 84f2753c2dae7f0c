package com.cxalign.jira.catalog.rest;

import static com.cxalign.jira.catalog.rest.CatalogApi.goalJson;
import static com.cxalign.jira.catalog.rest.CatalogApi.npsJson;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.store.AuditEntryEntity;
import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * Over a thousand malformed or out-of-range bodies against every write endpoint of the catalogue: none may cause a
 * server error, every refusal has the error shape, and a refused request stores nothing (every stored change writes
 * an audit entry, so the audit log's length tells).
 */
public class BadInputSweepTest {

    private static final int BODIES_PER_ENDPOINT = 1000;

    @Rule
    public Catalog catalog = new Catalog();

    @Rule
    public RestServer server = new RestServer();

    private int goalId;
    private int metricId;

    @Before
    public void createOneOfEach() {
        CatalogApi.serve(server, catalog);
        server.signInAs("admin-key", true);
        goalId = server.post("/goals", goalJson("Reduce onboarding churn")).json().get("id").asInt();
        metricId = server.post("/metrics", npsJson("Onboarding NPS")).json().get("id").asInt();
    }

    @Test
    public void creatingAGoal() {
        sweep("POST", "/goals", goalJson("Fewer repeat contacts"));
    }

    @Test
    public void updatingAGoal() {
        sweep("PUT", "/goals/" + goalId, "{\"name\": \"Reduce churn\", \"description\": \"d\", \"ownerKey\": \"o\","
                + " \"displayOrder\": 3, \"version\": 1}");
    }

    @Test
    public void archivingAGoal() {
        sweep("POST", "/goals/" + goalId + "/archive", "{\"version\": 1}");
    }

    @Test
    public void creatingAMetric() {
        sweep("POST", "/metrics", npsJson("Repeat NPS").replace("}", ", \"unit\": \"NPS\", \"journeyStage\": \"USAGE\"}"));
    }

    @Test
    public void updatingAMetric() {
        sweep("PUT", "/metrics/" + metricId, npsJson("Onboarding NPS").replace("}", ", \"version\": 1}"));
    }

    @Test
    public void recordingAReading() {
        sweep("POST", "/metrics/" + metricId + "/readings",
                "{\"value\": 24, \"measuredAt\": \"2026-10-31\", \"source\": \"survey\", \"note\": \"n=400\"}");
    }

    @Test
    public void writingTheMission() {
        sweep("PUT", "/mission", "{\"statement\": \"Answer right the first time.\","
                + " \"successStatement\": \"Repeat contacts under 5%.\", \"version\": 0}");
    }

    @Test
    public void replacingAGoalsScope() {
        sweep("PUT", "/goals/" + goalId + "/scopes",
                "{\"projectIds\": [10000, 10001], \"departments\": [\"Support\", \"Sales\"], \"version\": 1}");
    }

    @Test
    public void namingAChampion() {
        sweep("POST", "/champions", "{\"userKey\": \"jane-key\", \"department\": \"Support\","
                + " \"startsOn\": \"2026-01-01\", \"endsOn\": \"2026-06-30\"}");
    }

    @Test
    public void changingAChampionsTerm() {
        int championId = server.post("/champions", "{\"userKey\": \"tom-key\", \"department\": \"Sales\","
                + " \"startsOn\": \"2026-01-01\"}").json().get("id").asInt();
        sweep("PUT", "/champions/" + championId, "{\"userKey\": \"tom-key\", \"department\": \"Sales\","
                + " \"startsOn\": \"2026-01-01\", \"endsOn\": \"2026-12-31\", \"version\": 1}");
    }

    @Test
    public void changingTheHygieneThresholds() {
        sweep("PUT", "/hygiene/settings", "{\"metricCap\": 5, \"staleDays\": 30, \"version\": 0}");
    }

    @Test
    public void importingTheCatalogueConfiguration() {
        sweep("POST", "/config/import", TransferSweepTest.VALID_DOCUMENT);
    }

    @Test
    public void importingReadingsFromCsv() {
        sweep("POST", "/readings/import", "{\"csv\": \"metric,value,measured_at,source,note\\n"
                + "Onboarding NPS,24,2026-10-31,survey,n=400\\n\"}");
    }

    private void sweep(String method, String path, String validBody) {
        List<String> bodies = HostileBodies.from(validBody, BODIES_PER_ENDPOINT, path.hashCode());
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String body : bodies) {
            int auditBefore = auditLength();
            RestResponse response = server.send(method, path, "application/json", body);
            statuses.merge(response.status(), 1, Integer::sum);
            if (response.status() >= 500) {
                failures.add(response.status() + " for " + abbreviate(body));
            } else if (response.status() >= 400) {
                if (response.message() == null || response.message().isBlank() || response.json().get("fieldErrors") == null) {
                    failures.add("no error shape for " + abbreviate(body) + ": " + abbreviate(response.body()));
                }
                if (auditLength() != auditBefore) {
                    failures.add("refused with " + response.status() + " but something was stored: " + abbreviate(body));
                }
            }
        }
        System.out.println(method + " " + path + ": " + bodies.size() + " bodies, responses by status " + statuses);
        assertTrue("at least " + BODIES_PER_ENDPOINT + " bodies", bodies.size() >= BODIES_PER_ENDPOINT);
        assertTrue("most bodies must be refused: " + statuses, statuses.getOrDefault(400, 0) > bodies.size() / 2);
        assertEquals("Failures of " + method + " " + path, List.of(), failures);
    }

    private int auditLength() {
        return catalog.ao().activeObjects().count(AuditEntryEntity.class);
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
