package com.cxalign.jira.platform.rest;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Where every error response is built, so that all of them have the same status handling, type and body. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response of(int status, ErrorBody body) {
        return with(Response.status(status), body);
    }

    /** Keeps what {@code builder} already holds (e.g. the {@code Allow} header of a 405) and sets the error body. */
    static Response with(Response.ResponseBuilder builder, ErrorBody body) {
        return builder.entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
