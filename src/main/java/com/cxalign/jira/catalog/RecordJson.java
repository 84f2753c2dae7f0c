package com.cxalign.jira.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record as a flat JSON object for the audit log: numbers and booleans as they are, everything else (dates,
 * decimals, enums) as its text, so that the log reads the same whatever Jackson modules Jira has.
 */
final class RecordJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordJson() {
    }

    static String of(Record value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            fields.put(component.getName(), plain(read(component, value)));
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A flat map of plain values always serialises", e);
        }
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
