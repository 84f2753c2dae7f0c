package com.cxalign.jira.catalog.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.cxalign.jira.catalog.GoalMetricLinks;
import com.cxalign.jira.catalog.GoalService;
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

/** {@code /goals}: the business goals, their archive and restore, and the metrics linked to each. */
@Path("/goals")
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource {

    private final GoalService goals;
    private final GoalMetricLinks links;
    private final CurrentActor currentActor;

    @Inject
    public GoalResource(GoalService goals, GoalMetricLinks links, CurrentActor currentActor) {
        this.goals = goals;
        this.links = links;
        this.currentActor = currentActor;
    }

    @GET
    @LicensedOnly
    public List<GoalJson> list(@Context HttpServletRequest request, @QueryParam("includeArchived") boolean archived) {
        return goals.list(currentActor.of(request), archived).stream().map(GoalJson::of).toList();
    }

    @POST
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpServletRequest request, GoalInput input) {
        GoalJson created = GoalJson.of(goals.create(currentActor.of(request), input.draft()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @LicensedOnly
    public GoalJson get(@Context HttpServletRequest request, @PathParam("id") int id) {
        return GoalJson.of(goals.get(currentActor.of(request), id));
    }

    @PUT
    @Path("/{id}")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public GoalJson update(@Context HttpServletRequest request, @PathParam("id") int id, GoalInput input) {
        return GoalJson.of(goals.update(currentActor.of(request), id, input.draft(),
                RequiredVersion.of(input.version())));
    }

    @POST
    @Path("/{id}/archive")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public GoalJson archive(@Context HttpServletRequest request, @PathParam("id") int id, VersionInput input) {
        return GoalJson.of(goals.archive(currentActor.of(request), id, RequiredVersion.of(input.version())));
    }

    @POST
    @Path("/{id}/restore")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public GoalJson restore(@Context HttpServletRequest request, @PathParam("id") int id, VersionInput input) {
        return GoalJson.of(goals.restore(currentActor.of(request), id, RequiredVersion.of(input.version())));
    }

    @DELETE
    @Path("/{id}")
    @AdminOnly
    @WebSudoRequired
    public Response delete(@Context HttpServletRequest request, @PathParam("id") int id,
                           @QueryParam("version") Integer version) {
        goals.delete(currentActor.of(request), id, RequiredVersion.of(version));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/metrics")
    @LicensedOnly
    public List<MetricJson> metrics(@Context HttpServletRequest request, @PathParam("id") int id,
                                    @QueryParam("includeArchived") boolean archived) {
        return links.metricsOf(currentActor.of(request), id, archived).stream().map(MetricJson::of).toList();
    }

    @PUT
    @Path("/{id}/metrics/{metricId}")
    @AdminOnly
    @WebSudoRequired
    public Response link(@Context HttpServletRequest request, @PathParam("id") int id,
                         @PathParam("metricId") int metricId) {
        links.link(currentActor.of(request), id, metricId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/metrics/{metricId}")
    @AdminOnly
    @WebSudoRequired
    public Response unlink(@Context HttpServletRequest request, @PathParam("id") int id,
                           @PathParam("metricId") int metricId) {
        links.unlink(currentActor.of(request), id, metricId);
        return Response.noContent().build();
    }
}
