package com.cxalign.jira.platform.rest;

import com.cxalign.jira.platform.i18n.Messages;

import java.util.Objects;
import java.util.UUID;
import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for any failure no other mapper claims: a 500 with a generic message and a short reference that
 * is also in the log, so an administrator can find the stack trace. The exception's own text never reaches the
 * client (it may hold SQL, paths or other users' data).
 */
@Provider
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    private final Messages messages;

    @Inject
    public UnexpectedErrorMapper(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public Response toResponse(Throwable exception) {
        return ErrorResponses.of(500, bodyFor(exception));
    }

    /** Logs the failure under a new reference and returns the body that names it. */
    ErrorBody bodyFor(Throwable exception) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error in a CX Align REST request (reference {})", reference, exception);
        return ErrorBody.of(messages.text("cx-align.error.unexpected", reference));
    }
}
