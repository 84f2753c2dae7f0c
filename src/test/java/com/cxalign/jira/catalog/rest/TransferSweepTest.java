package com.cxalign.jira.catalog.rest;

import static com.cxalign.jira.catalog.rest.CatalogApi.goalJson;
import static com.cxalign.jira.catalog.rest.CatalogApi.npsJson;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.store.AuditEntryEntity;
import com.cxalign.jira.catalog.store.ReadingEntity;
import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The imports against input BadInputSweepTest's top-level mutations do not reach: over a thousand configuration
 * documents broken inside their goals, metrics, links and mission, and over a thousand hostile CSV files. None may
 * cause a server error, every refusal has the error shape, a refused import changes nothing, and an accepted CSV
 * stores exactly as many readings as it says.
 */
public class TransferSweepTest {

    /** A valid document naming the goal and metric BadInputSweepTest creates, so that it archives nothing. */
    static final String VALID_DOCUMENT = "{\"format\": \"cx-align-catalog\", \"version\": 1,"
            + " \"exportedAt\": \"2026-11-01T10:00:00Z\", \"archiveMissing\": false,"
            + " \"mission\": {\"statement\": \"Answer right the first time.\","
            + " \"successStatement\": \"Repeat contacts under 5%.\"},"
            + " \"goals\": [{\"name\": \"Reduce onboarding churn\", \"description\": \"Why it matters\","
            + " \"ownerKey\": \"owner-key\", \"status\": \"ACTIVE\", \"displayOrder\": 10,"
            + " \"departments\": [\"Support\", \"Onboarding\"]}],"
            + " \"metrics\": [{\"name\": \"Onboarding NPS\", \"kind\": \"NPS\", \"unit\": \"NPS\","
            + " \"direction\": \"HIGHER_IS_BETTER\", \"rangeLow\": null, \"rangeHigh\": null, \"baseline\": 20,"
            + " \"baselineDate\": \"2026-01-01\", \"target\": 35, \"targetDate\": \"2026-12-31\","
            + " \"journeyStage\": \"ONBOARDING\", \"ownerKey\": \"owner-key\", \"status\": \"ACTIVE\"}],"
            + " \"links\": [{\"goal\": \"Reduce onboarding churn\", \"metric\": \"Onboarding NPS\"}],"
            + " \"champions\": [{\"userKey\": \"jane-key\", \"department\": \"Support\","
            + " \"startsOn\": \"2026-01-01\", \"endsOn\": \"2026-06-30\"}],"
            + " \"hygiene\": {\"metricCap\": 4, \"staleDays\": 120}}";

    private static final int AT_LEAST = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Rule
    public Catalog catalog = new Catalog();

    @Rule
    public RestServer server = new RestServer();

    @Before
    public void createTheGoalAndMetricTheInputsName() {
        CatalogApi.serve(server, catalog);
        server.signInAs("admin-key", true);
        server.post("/goals", goalJson("Reduce onboarding churn"));
        server.post("/metrics", npsJson("Onboarding NPS"));
    }

    @Test
    public void theValidDocumentAndFileAreAccepted() {
        assertEquals(200, server.post("/config/import", VALID_DOCUMENT).status());
        assertEquals("{\"stored\":3}", server.post("/readings/import", csvBody(HostileCsv.validFile())).body());
    }

    @Test
    public void importingDocumentsBrokenInsideTheirEntries() {
        List<String> bodies = nestedHostileDocuments(AT_LEAST, 4711);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String body : bodies) {
            int audit = auditLength();
            RestResponse response = server.post("/config/import", body);
            statuses.merge(response.status(), 1, Integer::sum);
            checkRefusal(response, body, failures);
            if (response.status() >= 400 && auditLength() != audit) {
                failures.add("refused with " + response.status() + " but changed something: " + abbreviate(body));
            }
        }
        report("POST /config/import (nested)", bodies.size(), statuses, failures);
    }

    @Test
    public void importingHostileCsvFiles() {
        List<String> files = HostileCsv.files(AT_LEAST, 1993);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String file : files) {
            int audit = auditLength();
            int readings = readingCount();
            RestResponse response = server.post("/readings/import", csvBody(file));
            statuses.merge(response.status(), 1, Integer::sum);
            checkRefusal(response, file, failures);
            if (response.status() >= 400 && (auditLength() != audit || readingCount() != readings)) {
                failures.add("refused with " + response.status() + " but stored something: " + abbreviate(file));
            }
            if (response.status() == 200 && readingCount() != readings + response.json().get("stored").asInt()) {
                failures.add("stored another number of readings than it said: " + abbreviate(file));
            }
        }
        report("POST /readings/import (CSV)", files.size(), statuses, failures);
    }

    /**
     * Every field of every entry set to every hostile value, each field dropped, unknown fields added inside
     * entries, and random pairs of hostile fields.
     */
    private static List<String> nestedHostileDocuments(int count, long seed) {
        ObjectNode valid = parse(VALID_DOCUMENT);
        List<String[]> fields = new ArrayList<>();
        for (String section : List.of("goals", "metrics", "links", "champions", "mission", "hygiene")) {
            entry(valid, section).fieldNames().forEachRemaining(field -> fields.add(new String[] {section, field}));
        }
        List<JsonNode> hostile = HostileBodies.hostileValues();
        List<String> bodies = new ArrayList<>();
        for (String[] field : fields) {
            for (JsonNode value : hostile) {
                ObjectNode body = valid.deepCopy();
                entry(body, field[0]).set(field[1], value);
                bodies.add(body.toString());
            }
            ObjectNode without = valid.deepCopy();
            entry(without, field[0]).remove(field[1]);
            bodies.add(without.toString());
            ObjectNode extra = valid.deepCopy();
            entry(extra, field[0]).put("id", 99);
            bodies.add(extra.toString());
        }
        for (String list : List.of("goals", "metrics", "links", "champions")) {
            for (JsonNode value : hostile) {
                ObjectNode body = valid.deepCopy();
                ((ArrayNode) body.get(list)).add(value);
                bodies.add(body.toString());
            }
        }
        Random random = new Random(seed);
        while (bodies.size() < count) {
            ObjectNode body = valid.deepCopy();
            for (int i = 0; i < 2; i++) {
                String[] field = fields.get(random.nextInt(fields.size()));
                entry(body, field[0]).set(field[1], hostile.get(random.nextInt(hostile.size())));
            }
            bodies.add(body.toString());
        }
        return bodies;
    }

    private static ObjectNode entry(ObjectNode document, String name) {
        JsonNode node = document.get(name);
        return (ObjectNode) (node.isArray() ? node.get(0) : node);
    }

    private static void checkRefusal(RestResponse response, String input, List<String> failures) {
        if (response.status() >= 500) {
            failures.add(response.status() + " for " + abbreviate(input));
        } else if (response.status() >= 400 && (response.message() == null || response.message().isBlank()
                || response.json().get("fieldErrors") == null)) {
            failures.add("no error shape for " + abbreviate(input) + ": " + abbreviate(response.body()));
        }
    }

    private static void report(String endpoint, int count, Map<Integer, Integer> statuses, List<String> failures) {
        System.out.println(endpoint + ": " + count + " inputs, responses by status " + statuses);
        assertTrue("at least " + AT_LEAST + " inputs", count >= AT_LEAST);
        assertTrue("most inputs must be refused: " + statuses, statuses.getOrDefault(400, 0) > count / 2);
        assertEquals("Failures of " + endpoint, List.of(), failures);
    }

    private static String csvBody(String csv) {
        return JsonNodeFactory.instance.objectNode().put("csv", csv).toString();
    }

    private int auditLength() {
        return catalog.ao().activeObjects().count(AuditEntryEntity.class);
    }

    private int readingCount() {
        return catalog.ao().activeObjects().count(ReadingEntity.class);
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace("\n", "\\n").replace("\r", "\\r");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…";
    }
}
