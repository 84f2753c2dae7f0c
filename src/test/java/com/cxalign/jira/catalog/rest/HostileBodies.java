package com.cxalign.jira.catalog.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates malformed and out-of-range request bodies from one valid body: every field set to every hostile value,
 * fields dropped, unknown fields added, random pairs of hostile fields, and broken JSON. Seeded, so a failure can be
 * reproduced.
 */
final class HostileBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values that are wrong for most fields: wrong types, extremes, hostile text. */
    static List<JsonNode> hostileValues() {
        List<JsonNode> values = new ArrayList<>();
        values.add(NODES.nullNode());
        values.add(NODES.textNode(""));
        values.add(NODES.textNode("   "));
        values.add(NODES.textNode("x".repeat(5000)));
        values.add(NODES.textNode("<script>alert(1)</script>"));
        values.add(NODES.textNode("'; DROP TABLE AO_07319A_GOAL; --"));
        values.add(NODES.textNode("\u0000\u0007"));
        values.add(NODES.textNode("2026-02-30"));
        values.add(NODES.textNode("not a number"));
        values.add(NODES.textNode("NaN"));
        values.add(NODES.textNode("1e999999"));
        values.add(NODES.numberNode(-1));
        values.add(NODES.numberNode(Integer.MAX_VALUE));
        values.add(NODES.numberNode(Long.MIN_VALUE));
        values.add(NODES.numberNode(new BigDecimal("1E+400")));
        values.add(NODES.numberNode(new BigDecimal("-0.0000000001")));
        values.add(NODES.numberNode(1.5));
        values.add(NODES.booleanNode(true));
        values.add(NODES.arrayNode().add(1).add("two"));
        values.add(NODES.objectNode().put("nested", "object"));
        return values;
    }

    /** Bodies that are not the JSON object the endpoint expects. */
    static List<String> brokenJson() {
        return List.of("", " ", "null", "[]", "42", "\"text\"", "{", "{\"name\": }", "{\"name\": \"a\",}",
                "{'name': 'single quotes'}", "{\"name\": \"a\"} trailing", "{\"name\": \"a\", \"name\": \"b\"}",
                "\u00ff\u00fe\u0000", "<goal><name>xml</name></goal>", "{\"name\": \"\\ud800\"}");
    }

    /** At least {@code count} bodies derived from {@code valid}. */
    static List<String> from(String valid, int count, long seed) {
        ObjectNode base = parse(valid);
        List<String> fields = new ArrayList<>();
        base.fieldNames().forEachRemaining(fields::add);
        List<JsonNode> hostile = hostileValues();
        List<String> bodies = new ArrayList<>(brokenJson());
        for (String field : fields) {
            for (JsonNode value : hostile) {
                bodies.add(base.deepCopy().set(field, value).toString());
            }
            ObjectNode without = base.deepCopy();
            without.remove(field);
            bodies.add(without.toString());
        }
        bodies.add(base.deepCopy().put("id", 99).toString());
        bodies.add(base.deepCopy().put("status", "ARCHIVED").toString());
        bodies.add(base.deepCopy().put("unexpected", true).toString());
        Random random = new Random(seed);
        while (bodies.size() < count) {
            ObjectNode body = base.deepCopy();
            for (int i = 0; i < 2; i++) {
                body.set(fields.get(random.nextInt(fields.size())), hostile.get(random.nextInt(hostile.size())));
            }
            bodies.add(body.toString());
        }
        return bodies;
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("the valid body must be a JSON object: " + json, e);
        }
    }
}
