package com.cxalign.jira.platform.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.CxAlignException;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;
import com.cxalign.jira.platform.security.CurrentActor;

import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.BadRequestException;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * A resource written the way feature resources are meant to be (thin, annotated, JSON only), whose methods fail in
 * each of the ways the platform's mappers handle. Served by {@code RestServer} in the error-mapping tests.
 */
@Path("/samples")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SampleResource {

    /** Texts the sample uses that the plugin does not have. */
    static final String NAME_KEY = "sample.name.missing";
    static final String NAME_TEXT = "Give the {0} a name.";
    static final String SAMPLE_NOT_FOUND_KEY = "sample.not-found";
    static final String SAMPLE_NOT_FOUND_TEXT = "There is no sample {0}.";
    static final String STALE_KEY = "sample.stale";
    static final String STALE_TEXT = "Someone changed sample {0} in the meantime.";

    static final String SECRET = "password=hunter2 at jdbc:postgresql://db/jira";

    private final CurrentActor currentActor;

    public SampleResource(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    /** A DTO with the kinds of fields feature DTOs have; anything else in the JSON is rejected. */
    public record SampleDto(String name, int count, List<SampleItem> items) {
    }

    public record SampleItem(String label, long weight) {
    }

    @GET
    @Path("/me")
    @UnrestrictedAccess // reason: the tests must see anonymous visitors as well
    public Actor me(@Context HttpServletRequest request) {
        return currentActor.of(request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SampleDto sample) {
        if (sample.name() == null || sample.name().isBlank()) {
            throw new ValidationException(List.of(FieldError.of("name", NAME_KEY, "sample")));
        }
        return Response.status(201).entity(sample).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SampleDto replace(@PathParam("id") int id, SampleDto sample) {
        return sample;
    }

    @DELETE
    @Path("/{id}")
    @AdminOnly
    @WebSudoRequired
    public Response delete(@Context HttpServletRequest request, @PathParam("id") int id) {
        Access.requireAdmin(currentActor.of(request));
        return Response.noContent().build();
    }

    @GET
    @Path("/invalid")
    public Object invalid() {
        throw new ValidationException(List.of(
                FieldError.of("name", NAME_KEY, "goal"),
                FieldError.of("items[0].label", "cx-align.error.json.field", "items[0].label")));
    }

    @GET
    @Path("/private")
    public Map<String, String> privateThing(@Context HttpServletRequest request) {
        Access.requireLoggedIn(currentActor.of(request));
        return Map.of("secret", "for members only");
    }

    @GET
    @Path("/admin")
    @AdminOnly
    public Map<String, String> adminThing(@Context HttpServletRequest request) {
        Access.requireAdmin(currentActor.of(request));
        return Map.of("secret", "for administrators only");
    }

    @GET
    @Path("/missing/{id}")
    public Object missing(@PathParam("id") String id) {
        throw new NotFoundException(SAMPLE_NOT_FOUND_KEY, id);
    }

    @GET
    @Path("/stale/{id}")
    public Object stale(@PathParam("id") String id) {
        throw new ConflictException(STALE_KEY, id);
    }

    @GET
    @Path("/unmapped")
    public Object unmapped() {
        throw new CxAlignException("cx-align.error.request", List.of()) {
            private static final long serialVersionUID = 1L; // a subtype the mapper was never told about
        };
    }

    @GET
    @Path("/bad")
    public Object bad() {
        throw new BadRequestException("internal detail: parser state 17");
    }

    @GET
    @Path("/unavailable")
    public Object unavailable() {
        throw new ServiceUnavailableException(120L);
    }

    @GET
    @Path("/broken")
    public Object broken() {
        throw new IllegalStateException("connection refused: " + SECRET);
    }

    @GET
    @Path("/unwritable")
    public Object unwritable() {
        return new Object(); // Jackson cannot serialise a bean without properties: the plugin's fault, not the user's
    }
}
