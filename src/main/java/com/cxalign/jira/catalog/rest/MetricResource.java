package com.cxalign.jira.catalog.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.cxalign.jira.catalog.GoalMetricLinks;
import com.cxalign.jira.catalog.MetricService;
import com.cxalign.jira.catalog.ReadingService;
import com.cxalign.jira.platform.security.CurrentActor;

import java.util.List;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
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

/** {@code /metrics}: metrics, their archive and restore, their goals and their readings. */
@Path("/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    private final MetricService metrics;
    private final GoalMetricLinks links;
    private final ReadingService readings;
    private final CurrentActor currentActor;

    @Inject
    public MetricResource(MetricService metrics, GoalMetricLinks links, ReadingService readings,
                          CurrentActor currentActor) {
        this.metrics = metrics;
        this.links = links;
        this.readings = readings;
        this.currentActor = currentActor;
    }

    @GET
    @LicensedOnly
    public List<MetricJson> list(@Context HttpServletRequest request, @QueryParam("includeArchived") boolean archived) {
        return metrics.list(currentActor.of(request), archived).stream().map(MetricJson::of).toList();
    }

    @POST
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpServletRequest request, MetricInput input) {
        MetricJson created = MetricJson.of(metrics.create(currentActor.of(request), input.draft()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @LicensedOnly
    public MetricJson get(@Context HttpServletRequest request, @PathParam("id") int id) {
        return MetricJson.of(metrics.get(currentActor.of(request), id));
    }

    @PUT
    @Path("/{id}")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public MetricJson update(@Context HttpServletRequest request, @PathParam("id") int id, MetricInput input) {
        return MetricJson.of(metrics.update(currentActor.of(request), id, input.draft(),
                RequiredVersion.of(input.version())));
    }

    @POST
    @Path("/{id}/archive")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public MetricJson archive(@Context HttpServletRequest request, @PathParam("id") int id, VersionInput input) {
        return MetricJson.of(metrics.archive(currentActor.of(request), id, RequiredVersion.of(input.version())));
    }

    @POST
    @Path("/{id}/restore")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public MetricJson restore(@Context HttpServletRequest request, @PathParam("id") int id, VersionInput input) {
        return MetricJson.of(metrics.restore(currentActor.of(request), id, RequiredVersion.of(input.version())));
    }

    @DELETE
    @Path("/{id}")
    @AdminOnly
    @WebSudoRequired
    public Response delete(@Context HttpServletRequest request, @PathParam("id") int id,
                           @QueryParam("version") Integer version) {
        metrics.delete(currentActor.of(request), id, RequiredVersion.of(version));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/goals")
    @LicensedOnly
    public List<Integer> goals(@Context HttpServletRequest request, @PathParam("id") int id) {
        return links.goalIdsOf(currentActor.of(request), id);
    }

    @GET
    @Path("/{id}/readings")
    @LicensedOnly
    public List<ReadingJson> readings(@Context HttpServletRequest request, @PathParam("id") int id,
                                      @QueryParam("limit") @DefaultValue("100") int limit) {
        return readings.list(currentActor.of(request), id, limit).stream().map(ReadingJson::of).toList();
    }

    /** Admins and the metric's owner record readings (the service checks which), so no admin-only guard here. */
    @POST
    @Path("/{id}/readings")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addReading(@Context HttpServletRequest request, @PathParam("id") int id, ReadingInput input) {
        ReadingJson created = ReadingJson.of(readings.add(currentActor.of(request), id, input.draft()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
