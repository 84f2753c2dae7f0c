package com.cxalign.jira.platform.rest;

import com.cxalign.jira.platform.i18n.Messages;

import java.util.Objects;
import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** A request body that is not JSON, or JSON that does not fit the DTO: 400, naming the field where Jackson knows it. */
@Provider
public final class InvalidJsonExceptionMapper implements ExceptionMapper<InvalidJsonException> {

    private final JsonErrors errors;

    @Inject
    public InvalidJsonExceptionMapper(Messages messages) {
        this.errors = new JsonErrors(Objects.requireNonNull(messages, "messages"));
    }

    @Override
    public Response toResponse(InvalidJsonException exception) {
        return errors.toResponse(exception.getCause());
    }
}
