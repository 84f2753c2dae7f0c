package com.cxalign.jira.catalog.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.cxalign.jira.catalog.HygieneService;
import com.cxalign.jira.catalog.HygieneSettings;
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

/**
 * {@code /hygiene}: the measurement hygiene report for admins (over-measured goals, metrics nobody owns, uses or
 * reads), and its thresholds, which every licensed user may read.
 */
@Path("/hygiene")
@Produces(MediaType.APPLICATION_JSON)
public class HygieneResource {

    private final HygieneService hygiene;
    private final HygieneSettings settings;
    private final CurrentActor currentActor;

    @Inject
    public HygieneResource(HygieneService hygiene, HygieneSettings settings, CurrentActor currentActor) {
        this.hygiene = hygiene;
        this.settings = settings;
        this.currentActor = currentActor;
    }

    @GET
    @AdminOnly
    public HygieneReportJson report(@Context HttpServletRequest request) {
        return HygieneReportJson.of(hygiene.report(currentActor.of(request)));
    }

    @GET
    @Path("/settings")
    @LicensedOnly
    public HygieneSettingsJson settings(@Context HttpServletRequest request) {
        return HygieneSettingsJson.of(settings.get(currentActor.of(request)));
    }

    @PUT
    @Path("/settings")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public HygieneSettingsJson updateSettings(@Context HttpServletRequest request, HygieneSettingsInput input) {
        return HygieneSettingsJson.of(settings.update(currentActor.of(request), input.draft(),
                RequiredVersion.of(input.version())));
    }
}
