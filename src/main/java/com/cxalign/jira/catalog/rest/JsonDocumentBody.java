package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.platform.rest.InvalidJsonException;
import com.cxalign.jira.platform.rest.RestJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A request body read as a JSON tree, for documents whose every problem is reported at once (a DTO would stop at the
 * first value of the wrong type). Read with the REST mapper's strictness (duplicate keys, trailing text) and with
 * decimals kept exact: by default a tree holds 24.1 as a double. Text that is not JSON answers like any other
 * endpoint's (InvalidJsonExceptionMapper).
 */
final class JsonDocumentBody {

    private static final ObjectReader READER = RestJson.objectMapper().reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    private JsonDocumentBody() {
    }

    static JsonNode parse(String body) {
        JsonNode tree;
        try {
            tree = body == null ? null : READER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidJsonException(e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidJsonException(MismatchedInputException.from(null, JsonNode.class,
                    "The request body is empty"));
        }
        return tree;
    }
}
