package com.cxalign.jira.catalog.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.cxalign.jira.catalog.MissionService;
import com.cxalign.jira.platform.security.CurrentActor;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** {@code /mission}: every licensed user reads the CX mission; admins rewrite it. */
@Path("/mission")
@Produces(MediaType.APPLICATION_JSON)
public class MissionResource {

    private final MissionService missions;
    private final CurrentActor currentActor;

    @Inject
    public MissionResource(MissionService missions, CurrentActor currentActor) {
        this.missions = missions;
        this.currentActor = currentActor;
    }

    @GET
    @LicensedOnly
    public MissionJson get(@Context HttpServletRequest request) {
        return MissionJson.of(missions.get(currentActor.of(request)));
    }

    @PUT
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public MissionJson update(@Context HttpServletRequest request, MissionInput input) {
        return MissionJson.of(missions.update(currentActor.of(request), input.draft(),
                RequiredVersion.of(input.version())));
    }
}
