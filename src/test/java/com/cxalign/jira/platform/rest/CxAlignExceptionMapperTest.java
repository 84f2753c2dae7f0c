package com.cxalign.jira.platform.rest;

import static org.junit.Assert.assertEquals;

import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.errors.NotLoggedInException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.testing.rest.StrictMessages;

import java.util.List;
import java.util.Map;
import javax.ws.rs.core.Response;

import org.junit.Test;

public class CxAlignExceptionMapperTest {

    private final CxAlignExceptionMapper mapper = new CxAlignExceptionMapper(StrictMessages.forPlugin()
            .with("sample.required", "{0} is required.")
            .with("sample.short", "Use at most {0} characters."));

    @Test
    public void theStatusFollowsFromTheKindOfFailure() {
        assertEquals(400, mapper.toResponse(new ValidationException(List.of(FieldError.of("a", "sample.required",
                "A")))).getStatus());
        assertEquals(401, mapper.toResponse(new NotLoggedInException()).getStatus());
        assertEquals(403, mapper.toResponse(new ForbiddenException("cx-align.error.forbidden")).getStatus());
        assertEquals(404, mapper.toResponse(new NotFoundException("cx-align.error.notfound")).getStatus());
        assertEquals(409, mapper.toResponse(new ConflictException("cx-align.error.request")).getStatus());
    }

    @Test
    public void twoErrorsOnOneFieldAreBothShownAndFieldsKeepTheirOrder() {
        Response response = mapper.toResponse(new ValidationException(List.of(
                FieldError.of("name", "sample.required", "The name"),
                FieldError.of("description", "sample.short", 2000),
                FieldError.of("name", "sample.short", 80))));

        ErrorBody body = (ErrorBody) response.getEntity();
        assertEquals(List.of("name", "description"), List.copyOf(body.fieldErrors().keySet()));
        assertEquals(Map.of("name", "The name is required. Use at most 80 characters.",
                "description", "Use at most 2000 characters."), body.fieldErrors());
    }
}
