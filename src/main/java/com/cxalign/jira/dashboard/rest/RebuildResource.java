package com.cxalign.jira.dashboard.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.cxalign.jira.dashboard.readmodel.RebuildAdmin;
import com.cxalign.jira.dashboard.readmodel.RebuildReport;
import com.cxalign.jira.platform.security.CurrentActor;

import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /dashboard/rebuild}: for admins, the last run of the dashboards' read model rebuild (how far it got, what it
 * did; {@code {}} before the first), and starting one now: it runs in the background on one node, and the
 * dashboards stay usable meanwhile.
 */
@Path("/dashboard/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    private final RebuildAdmin rebuilds;
    private final CurrentActor currentActor;

    @Inject
    public RebuildResource(RebuildAdmin rebuilds, CurrentActor currentActor) {
        this.rebuilds = rebuilds;
        this.currentActor = currentActor;
    }

    @GET
    @AdminOnly
    public Object latest(@Context HttpServletRequest request) {
        return orEmpty(rebuilds.latest(currentActor.of(request)));
    }

    /** The body is an empty JSON object: requests that change state are JSON only (XSRF). */
    @POST
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@Context HttpServletRequest request, Map<String, Object> body) {
        return Response.accepted(orEmpty(rebuilds.start(currentActor.of(request)))).build();
    }

    private static Object orEmpty(Optional<RebuildReport> report) {
        return report.<Object>map(RebuildJson::of).orElse(Map.of());
    }
}
