package com.cxalign.jira.dashboard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.cxalign.jira.dashboard.data.AlignmentDashboard;
import com.cxalign.jira.dashboard.data.DashboardParams;
import com.cxalign.jira.dashboard.data.DashboardService;
import com.cxalign.jira.dashboard.data.FeedbackLoopDashboard;
import com.cxalign.jira.platform.security.CurrentActor;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code /dashboard}: the data of the "CX mission alignment" and "Feedback loop closure" dashboard items, for
 * logged-in users, counting only the projects they may browse. Parameters come in as text and are checked by the
 * service, so that every wrong one is a 400 naming its field.
 */
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private final DashboardService dashboards;
    private final CurrentActor currentActor;

    @Inject
    public DashboardResource(DashboardService dashboards, CurrentActor currentActor) {
        this.dashboards = dashboards;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/alignment")
    @LicensedOnly
    public AlignmentDashboard alignment(@Context HttpServletRequest request, @QueryParam("projects") String projects,
                                        @QueryParam("goal") String goal, @QueryParam("since") String since,
                                        @QueryParam("start") String start, @QueryParam("limit") String limit) {
        return dashboards.alignment(currentActor.of(request),
                new DashboardParams(projects, goal, null, since, start, limit));
    }

    @GET
    @Path("/feedback-loop")
    @LicensedOnly
    public FeedbackLoopDashboard feedbackLoop(@Context HttpServletRequest request,
                                              @QueryParam("projects") String projects,
                                              @QueryParam("channel") String channel,
                                              @QueryParam("since") String since, @QueryParam("start") String start,
                                              @QueryParam("limit") String limit) {
        return dashboards.feedbackLoop(currentActor.of(request),
                new DashboardParams(projects, null, channel, since, start, limit));
    }
}
