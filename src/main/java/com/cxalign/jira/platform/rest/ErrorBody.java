package com.cxalign.jira.platform.rest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one JSON shape of every CX Align REST error: {@code {"message": "...", "fieldErrors": {"field": "..."}}}.
 * {@code fieldErrors} is always present (empty when the error concerns no field), so clients need no null checks.
 * Texts are already in the user's language.
 */
public record ErrorBody(String message, Map<String, String> fieldErrors) {

    public ErrorBody {
        Objects.requireNonNull(message, "message");
        // Insertion order is kept, so fields come back in the order the service reported them.
        fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static ErrorBody of(String message) {
        return new ErrorBody(message, Map.of());
    }
}
