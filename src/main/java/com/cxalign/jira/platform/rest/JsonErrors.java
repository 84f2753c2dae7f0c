package com.cxalign.jira.platform.rest;

import com.cxalign.jira.platform.i18n.Messages;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

import java.util.List;
import java.util.Map;
import javax.ws.rs.core.Response;

/**
 * Turns Jackson's failures to read a request body into error responses. A body that is not JSON, or JSON whose values
 * do not fit the DTO, is the client's mistake (400, naming the offending field where Jackson knows it); a DTO class
 * Jackson cannot use at all is the plugin's own (500).
 */
final class JsonErrors {

    private final Messages messages;
    private final UnexpectedErrorMapper unexpected;

    JsonErrors(Messages messages) {
        this.messages = messages;
        this.unexpected = new UnexpectedErrorMapper(messages);
    }

    Response toResponse(JsonProcessingException exception) {
        if (exception instanceof InvalidDefinitionException) {
            return ErrorResponses.of(500, unexpected.bodyFor(exception));
        }
        if (exception instanceof JsonParseException) {
            return badRequest(ErrorBody.of(messages.text("cx-align.error.json.malformed")));
        }
        String field = exception instanceof JsonMappingException mapping ? pathOf(mapping.getPath()) : "";
        if (field.isEmpty()) {
            return badRequest(ErrorBody.of(messages.text("cx-align.error.json.body")));
        }
        String key = exception instanceof PropertyBindingException
                ? "cx-align.error.json.unknownfield"
                : "cx-align.error.json.field";
        return badRequest(new ErrorBody(messages.text("cx-align.error.validation"),
                Map.of(field, messages.text(key, field))));
    }

    /** The field as the client wrote it: {@code goal.metrics[0].name}. */
    static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static Response badRequest(ErrorBody body) {
        return ErrorResponses.of(400, body);
    }
}
