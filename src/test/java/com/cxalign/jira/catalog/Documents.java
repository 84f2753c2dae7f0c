package com.cxalign.jira.catalog;

import com.cxalign.jira.catalog.config.ConfigDocument;
import com.cxalign.jira.platform.rest.RestJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Configuration documents as JSON text and trees, written and read as the REST API writes and reads them. */
public final class Documents {

    private static final ObjectReader READER = RestJson.objectMapper().reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Documents() {
    }

    public static String json(ConfigDocument document) {
        try {
            return RestJson.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(ConfigDocument document) {
        return tree(json(document));
    }

    /** A copy of {@code document} as a tree, changed by {@code edit}. */
    public static JsonNode edited(ConfigDocument document, Consumer<ObjectNode> edit) {
        ObjectNode tree = (ObjectNode) tree(document);
        edit.accept(tree);
        return tree;
    }

    /** The document without the moment it was exported, which differs between any two exports. */
    public static String timeless(ConfigDocument document) {
        return json(new ConfigDocument(document.format(), document.version(), null, document.archiveMissing(),
                document.mission(), document.goals(), document.metrics(), document.links(), document.champions(),
                document.hygiene()));
    }
}
