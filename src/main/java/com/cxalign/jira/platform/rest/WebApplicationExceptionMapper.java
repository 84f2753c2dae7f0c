package com.cxalign.jira.platform.rest;

import com.cxalign.jira.platform.i18n.Messages;

import java.util.Objects;
import javax.inject.Inject;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * Failures the JAX-RS runtime reports itself (unknown address 404, wrong HTTP method 405, a body that is not JSON 415,
 * ...): same status and headers, but the one error body instead of the container's HTML page.
 */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final Messages messages;
    private final UnexpectedErrorMapper unexpected;

    @Inject
    public WebApplicationExceptionMapper(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.unexpected = new UnexpectedErrorMapper(messages);
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original; // redirects and the like are not errors
        }
        // fromResponse keeps the status and headers (Allow on a 405, Retry-After on a 503); the entity is replaced.
        ErrorBody body = status >= 500
                ? unexpected.bodyFor(exception)
                : ErrorBody.of(messages.text(messageKeyOf(status)));
        return ErrorResponses.with(Response.fromResponse(original), body);
    }

    /** The message for a 4xx status. */
    static String messageKeyOf(int status) {
        return switch (status) {
            case 401 -> "cx-align.error.login";
            case 403 -> "cx-align.error.forbidden";
            case 404 -> "cx-align.error.notfound";
            case 405 -> "cx-align.error.method";
            case 406 -> "cx-align.error.notacceptable";
            case 415 -> "cx-align.error.mediatype";
            default -> "cx-align.error.request";
        };
    }
}
