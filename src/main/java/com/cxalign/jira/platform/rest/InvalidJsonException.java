package com.cxalign.jira.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;

/** A request body Jackson could not read into its DTO (see {@link JsonBodyInterceptor}). */
public final class InvalidJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidJsonException(JsonProcessingException cause) {
        super(cause.getOriginalMessage(), cause);
    }

    @Override
    public synchronized JsonProcessingException getCause() {
        return (JsonProcessingException) super.getCause();
    }
}
