package com.cxalign.jira.platform.rest;

import com.fasterxml.jackson.databind.ObjectMapper;

import javax.ws.rs.ext.ContextResolver;
import javax.ws.rs.ext.Provider;

/** Makes the JAX-RS runtime's Jackson provider use {@link RestJson}'s strict mapper for CX Align's resources. */
@Provider
public final class ObjectMapperResolver implements ContextResolver<ObjectMapper> {

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return RestJson.objectMapper();
    }
}
