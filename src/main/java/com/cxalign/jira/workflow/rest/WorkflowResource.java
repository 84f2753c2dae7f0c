package com.cxalign.jira.workflow.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.cxalign.jira.platform.security.CurrentActor;
import com.cxalign.jira.workflow.WorkflowDownloads;

import java.util.List;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /setup/workflows}: for admins, the bundled CX workflows and whether this Jira has every status they need,
 * and each one filled in with this Jira's status ids as a file for Administration → Workflows → Import from XML.
 * Read-only.
 */
@Path("/setup/workflows")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowResource {

    static final String XML = "application/xml;charset=UTF-8";

    private final WorkflowDownloads downloads;
    private final CurrentActor currentActor;

    @Inject
    public WorkflowResource(WorkflowDownloads downloads, CurrentActor currentActor) {
        this.downloads = downloads;
        this.currentActor = currentActor;
    }

    @GET
    @AdminOnly
    public List<WorkflowDownloads.Entry> workflows(@Context HttpServletRequest request) {
        return downloads.list(currentActor.of(request));
    }

    @GET
    @Path("/{name}")
    @AdminOnly
    @Produces(MediaType.APPLICATION_XML)
    public Response download(@Context HttpServletRequest request, @PathParam("name") String name) {
        WorkflowDownloads.Download download = downloads.download(currentActor.of(request), name);
        // The file name is a bundled workflow's name (letters and dashes), never what the request sent.
        return Response.ok(download.xml(), XML)
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
