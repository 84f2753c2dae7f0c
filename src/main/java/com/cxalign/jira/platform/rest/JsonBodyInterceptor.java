package com.cxalign.jira.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.Provider;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

/**
 * Catches Jackson's failures where they happen, around reading a request body and writing a response, and rethrows
 * them as the plugin's own types. Mapping Jackson's exception types directly is not enough: a JSON provider may bring
 * its own mappers for exactly those types (Jersey's does), JAX-RS does not say which of two equally near mappers wins,
 * and those mappers answer in another shape with Jackson's text, which names the plugin's classes.
 */
@Provider
public final class JsonBodyInterceptor implements ReaderInterceptor, WriterInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body;
        try {
            body = context.proceed();
        } catch (JsonProcessingException e) {
            throw new InvalidJsonException(e); // the client's mistake: InvalidJsonExceptionMapper
        }
        if (body == null && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            // Jackson providers read an empty body (or a JSON null) as null; resources can then rely on having a DTO.
            throw new InvalidJsonException(MismatchedInputException.from(null, context.getType(),
                    "The request body is empty or null"));
        }
        return body;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } catch (JsonProcessingException e) {
            // The plugin's own fault (a DTO Jackson cannot write): UnexpectedErrorMapper answers 500.
            throw new IllegalStateException("Cannot write " + context.getType().getName() + " as JSON", e);
        }
    }
}
