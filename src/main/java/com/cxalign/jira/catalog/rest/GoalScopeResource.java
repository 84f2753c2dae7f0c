package com.cxalign.jira.catalog.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.cxalign.jira.catalog.GoalScopes;
import com.cxalign.jira.platform.security.CurrentActor;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code /goals/{id}/scopes}: the Jira projects and departments a goal applies to. A resource of its own beside
 * {@link GoalResource}; JAX-RS picks it for these paths because its template is the more specific one.
 */
@Path("/goals/{id}/scopes")
@Produces(MediaType.APPLICATION_JSON)
public class GoalScopeResource {

    private final GoalScopes scopes;
    private final CurrentActor currentActor;

    @Inject
    public GoalScopeResource(GoalScopes scopes, CurrentActor currentActor) {
        this.scopes = scopes;
        this.currentActor = currentActor;
    }

    @GET
    @LicensedOnly
    public GoalScopeJson get(@Context HttpServletRequest request, @PathParam("id") int id) {
        return GoalScopeJson.of(scopes.get(currentActor.of(request), id));
    }

    /** Replaces the whole scope: what is not in the body is removed. */
    @PUT
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public GoalScopeJson replace(@Context HttpServletRequest request, @PathParam("id") int id, GoalScopeInput input) {
        return GoalScopeJson.of(scopes.replace(currentActor.of(request), id, input.draft(),
                RequiredVersion.of(input.version())));
    }
}
