package com.cxalign.jira.catalog.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.cxalign.jira.catalog.AuditLog;
import com.cxalign.jira.platform.security.CurrentActor;

import java.util.List;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** {@code /audit}: who changed what in the catalogue, newest first, for admins. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog audit;
    private final CurrentActor currentActor;

    @Inject
    public AuditResource(AuditLog audit, CurrentActor currentActor) {
        this.audit = audit;
        this.currentActor = currentActor;
    }

    @GET
    @AdminOnly
    public List<AuditEntryJson> list(@Context HttpServletRequest request,
                                     @QueryParam("start") @DefaultValue("0") int start,
                                     @QueryParam("limit") @DefaultValue("50") int limit) {
        return audit.list(currentActor.of(request), start, limit).stream().map(AuditEntryJson::of).toList();
    }
}
