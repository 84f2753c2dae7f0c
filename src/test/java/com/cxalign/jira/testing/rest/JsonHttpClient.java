package com.cxalign.jira.testing.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for JSON APIs: JSON bodies out, status + raw body + parsed JSON back. */
public final class JsonHttpClient {

    public static final String JSON = "application/json";

    private static final ObjectMapper PARSER = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** @param base the URI that paths are appended to, without a trailing slash */
    public JsonHttpClient(URI base) {
        this.base = base;
    }

    public RestResponse get(String path) {
        return send("GET", path, null, null);
    }

    public RestResponse post(String path, String json) {
        return send("POST", path, JSON, json);
    }

    public RestResponse put(String path, String json) {
        return send("PUT", path, JSON, json);
    }

    public RestResponse delete(String path) {
        return send("DELETE", path, null, null);
    }

    public RestResponse delete(String path, String json) {
        return send("DELETE", path, JSON, json);
    }

    /**
     * Any request: {@code contentType} and {@code body} may be null (no body). Always asks for JSON back, as the
     * plugin's JavaScript does.
     */
    public RestResponse send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", JSON)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new RestResponse(response.statusCode(), response.body(), parse(response.body()), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " was interrupted", e);
        }
    }

    /** The body as JSON, or {@link MissingNode} when it is empty or not JSON (the raw text stays available). */
    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return PARSER.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
