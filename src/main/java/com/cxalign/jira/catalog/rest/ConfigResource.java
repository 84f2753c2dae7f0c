package com.cxalign.jira.catalog.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.cxalign.jira.catalog.ConfigExport;
import com.cxalign.jira.catalog.ConfigImport;
import com.cxalign.jira.catalog.config.ConfigDocument;
import com.cxalign.jira.catalog.config.ImportSummary;
import com.cxalign.jira.platform.security.CurrentActor;

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
 * {@code /config}: the whole catalogue configuration as one JSON document, exported and imported by admins. The
 * document is the wire format itself ({@link ConfigDocument}), so it is returned and read as it is.
 */
@Path("/config")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

    private final ConfigExport exports;
    private final ConfigImport imports;
    private final CurrentActor currentActor;

    @Inject
    public ConfigResource(ConfigExport exports, ConfigImport imports, CurrentActor currentActor) {
        this.exports = exports;
        this.imports = imports;
        this.currentActor = currentActor;
    }

    /** Offered as a file to save (a browser's download), named after the day of the export. */
    @GET
    @Path("/export")
    @AdminOnly
    public Response export(@Context HttpServletRequest request) {
        ConfigDocument document = exports.export(currentActor.of(request));
        String day = document.exportedAt().substring(0, 10);
        return Response.ok(document)
                .header("Content-Disposition", "attachment; filename=\"cx-align-catalog-" + day + ".json\"")
                .build();
    }

    /** The body is read as a tree, not a DTO, so that every problem of the document is reported in one answer. */
    @POST
    @Path("/import")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportSummary importConfig(@Context HttpServletRequest request, String body) {
        return imports.importDocument(currentActor.of(request), JsonDocumentBody.parse(body));
    }
}
