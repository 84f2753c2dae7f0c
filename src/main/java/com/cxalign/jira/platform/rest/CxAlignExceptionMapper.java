package com.cxalign.jira.platform.rest;

import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.CxAlignException;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.errors.NotLoggedInException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.platform.i18n.Messages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * The failures services report on purpose, in the user's words: the HTTP status follows from the exception's type,
 * the message (and each field error) from its i18n key.
 */
@Provider
public final class CxAlignExceptionMapper implements ExceptionMapper<CxAlignException> {

    private final Messages messages;
    private final UnexpectedErrorMapper unexpected;

    @Inject
    public CxAlignExceptionMapper(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.unexpected = new UnexpectedErrorMapper(messages);
    }

    @Override
    public Response toResponse(CxAlignException exception) {
        int status = statusOf(exception);
        if (status == 0) {
            // A subtype nobody mapped is a programming error, not the user's: answer and log it as one.
            return unexpected.toResponse(exception);
        }
        String message = messages.text(exception.getMessageKey(), exception.getArguments());
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        if (exception instanceof ValidationException validation) {
            for (FieldError error : validation.getFieldErrors()) {
                String text = messages.text(error.messageKey(), error.arguments());
                // Two errors on one field are both shown rather than one being lost.
                fieldErrors.merge(error.field(), text, (first, second) -> first + " " + second);
            }
        }
        return ErrorResponses.of(status, new ErrorBody(message, fieldErrors));
    }

    /** The HTTP status for the exception's type, or 0 for a type this mapper does not know. */
    static int statusOf(CxAlignException exception) {
        if (exception instanceof ValidationException) {
            return 400;
        }
        if (exception instanceof NotLoggedInException) {
            return 401;
        }
        if (exception instanceof ForbiddenException) {
            return 403;
        }
        if (exception instanceof NotFoundException) {
            return 404;
        }
        if (exception instanceof ConflictException) {
            return 409;
        }
        return 0;
    }
}
