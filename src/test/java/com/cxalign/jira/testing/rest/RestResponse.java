package com.cxalign.jira.testing.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a REST call answered: the status, the raw body, the body parsed as JSON ({@link MissingNode} when it is not
 * JSON) and the headers.
 */
public record RestResponse(int status, String body, JsonNode json, HttpHeaders headers) {

    /** The first value of a header, or null. */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The {@code message} of an error body. */
    public String message() {
        return json.path("message").asText(null);
    }

    /** The {@code fieldErrors} of an error body, in the order the server wrote them. */
    public Map<String, String> fieldErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        json.path("fieldErrors").fields()
                .forEachRemaining(entry -> errors.put(entry.getKey(), entry.getValue().asText()));
        return errors;
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
