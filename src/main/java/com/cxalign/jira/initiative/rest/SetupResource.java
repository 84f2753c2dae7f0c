package com.cxalign.jira.initiative.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.cxalign.jira.initiative.setup.ProjectSchemes.ProjectRef;
import com.cxalign.jira.initiative.setup.ProjectSetup;
import com.cxalign.jira.initiative.setup.ProjectSetupReport;
import com.cxalign.jira.initiative.setup.SetupStatus;
import com.cxalign.jira.platform.security.CurrentActor;

import java.util.List;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code /setup}: for admins, what CX Align has made in Jira, the projects, and "Set up a CX project", which adds the
 * CX issue types and fields to a project's schemes and screens and reports what it changed.
 */
@Path("/setup")
@Produces(MediaType.APPLICATION_JSON)
public class SetupResource {

    private final SetupStatus status;
    private final ProjectSetup projectSetup;
    private final CurrentActor currentActor;

    @Inject
    public SetupResource(SetupStatus status, ProjectSetup projectSetup, CurrentActor currentActor) {
        this.status = status;
        this.projectSetup = projectSetup;
        this.currentActor = currentActor;
    }

    @GET
    @AdminOnly
    public List<SetupStatus.Item> status(@Context HttpServletRequest request) {
        return status.items(currentActor.of(request));
    }

    @GET
    @Path("/projects")
    @AdminOnly
    public List<ProjectRef> projects(@Context HttpServletRequest request) {
        return projectSetup.projects(currentActor.of(request));
    }

    @POST
    @Path("/projects")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectSetupReport setUpProject(@Context HttpServletRequest request, ProjectSetupInput input) {
        return projectSetup.setUp(currentActor.of(request), input == null ? null : input.projectKey());
    }
}
