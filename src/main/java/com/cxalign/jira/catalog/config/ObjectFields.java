package com.cxalign.jira.catalog.config;

import com.cxalign.jira.platform.errors.FieldError;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one JSON object of a document. A field the format does not have, or a value of the wrong JSON
 * type, becomes a field error under its full path (e.g. {@code goals[2].displayOrder}) and reads as null, so that
 * reading goes on and the admin learns about every problem of the file at once. Absent and null read as null.
 */
final class ObjectFields {

    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;

    ObjectFields(JsonNode node, String path, List<FieldError> errors, Set<String> known) {
        this.node = node;
        this.path = path;
        this.errors = errors;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                errors.add(FieldError.of(at(name), "cx-align.config.unknown-field"));
            }
        }
    }

    String text(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        return value.isTextual() ? value.textValue() : wrongType(name, "cx-align.config.type.text");
    }

    BigDecimal decimal(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        return value.isNumber() ? value.decimalValue() : wrongType(name, "cx-align.config.type.number");
    }

    Integer wholeNumber(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        return value.isIntegralNumber() && value.canConvertToInt()
                ? Integer.valueOf(value.intValue())
                : wrongType(name, "cx-align.config.type.whole-number");
    }

    Boolean bool(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        return value.isBoolean()
                ? Boolean.valueOf(value.booleanValue())
                : wrongType(name, "cx-align.config.type.boolean");
    }

    /** A list of texts, or null (absent or null); an element that is not text is reported and left out. */
    List<String> texts(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            return wrongType(name, "cx-align.config.type.list");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual()) {
                texts.add(value.get(i).textValue());
            } else {
                errors.add(FieldError.of(at(name) + "[" + i + "]", "cx-align.config.type.text"));
            }
        }
        return texts;
    }

    /** The nested object, or null (absent, null, or not an object: then reported). */
    JsonNode object(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        return value.isObject() ? value : wrongType(name, "cx-align.config.type.object");
    }

    /**
     * The elements of a list, or null when the list is absent, null or not a list (reported). Elements that are not
     * objects are reported under their index and come back as null, so that the others keep their index in paths.
     */
    List<JsonNode> objects(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            return wrongType(name, "cx-align.config.type.list");
        }
        List<JsonNode> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (element.isObject()) {
                elements.add(element);
            } else {
                errors.add(FieldError.of(at(name) + "[" + i + "]", "cx-align.config.type.object"));
                elements.add(null);
            }
        }
        return elements;
    }

    /** The full path of a field of this object, as error keys name it. */
    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private JsonNode value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private <T> T wrongType(String name, String messageKey) {
        errors.add(FieldError.of(at(name), messageKey));
        return null;
    }
}
