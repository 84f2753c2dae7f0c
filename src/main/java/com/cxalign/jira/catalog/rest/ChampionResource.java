package com.cxalign.jira.catalog.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.cxalign.jira.catalog.ChampionService;
import com.cxalign.jira.catalog.rules.ChampionRules;
import com.cxalign.jira.platform.security.CurrentActor;

import java.util.List;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** {@code /champions}: the CX champions roster, per department with start and end dates. */
@Path("/champions")
@Produces(MediaType.APPLICATION_JSON)
public class ChampionResource {

    private final ChampionService champions;
    private final CurrentActor currentActor;

    @Inject
    public ChampionResource(ChampionService champions, CurrentActor currentActor) {
        this.champions = champions;
        this.currentActor = currentActor;
    }

    /** Every term, or with {@code ?activeOn=yyyy-mm-dd} the terms that include that day. */
    @GET
    @LicensedOnly
    public List<ChampionJson> list(@Context HttpServletRequest request, @QueryParam("activeOn") String activeOn) {
        return champions.list(currentActor.of(request), ChampionRules.activeOn(activeOn)).stream()
                .map(ChampionJson::of).toList();
    }

    @POST
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpServletRequest request, ChampionInput input) {
        ChampionJson created = ChampionJson.of(champions.create(currentActor.of(request), input.draft()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public ChampionJson update(@Context HttpServletRequest request, @PathParam("id") int id, ChampionInput input) {
        return ChampionJson.of(champions.update(currentActor.of(request), id, input.draft(),
                RequiredVersion.of(input.version())));
    }

    @DELETE
    @Path("/{id}")
    @AdminOnly
    @WebSudoRequired
    public Response delete(@Context HttpServletRequest request, @PathParam("id") int id,
                           @QueryParam("version") Integer version) {
        champions.delete(currentActor.of(request), id, RequiredVersion.of(version));
        return Response.noContent().build();
    }
}
