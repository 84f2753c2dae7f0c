package com.cxalign.jira.catalog.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.cxalign.jira.catalog.ReadingImport;
import com.cxalign.jira.platform.security.CurrentActor;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code /readings/import}: many readings from one CSV file, all or nothing.
 *
 * <p>The file travels as a JSON string ({@code {"csv": "..."}}), not as a {@code text/csv} body. Jira's XSRF filter
 * (atlassian-rest's XsrfResourceFilter) demands a token only for the three types an HTML form can send
 * (application/x-www-form-urlencoded, multipart/form-data, text/plain); a {@code text/csv} POST from another site
 * would need a CORS preflight, which Jira refuses, so it would be safe in Jira. But this plugin keeps one rule for
 * every endpoint, enforced by RestResourceCheck: a body is JSON only. A JSON string also carries the file's text
 * exactly (any line ends, a byte order mark), so a page can read the file with FileReader and send it as it is.
 */
@Path("/readings")
@Produces(MediaType.APPLICATION_JSON)
public class ReadingImportResource {

    private final ReadingImport readings;
    private final CurrentActor currentActor;

    @Inject
    public ReadingImportResource(ReadingImport readings, CurrentActor currentActor) {
        this.readings = readings;
        this.currentActor = currentActor;
    }

    /** Admins and the owners of the metrics the file names (the service checks which), so no admin-only guard. */
    @POST
    @Path("/import")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public ReadingImportJson importCsv(@Context HttpServletRequest request, ReadingImportInput input) {
        return new ReadingImportJson(readings.importCsv(currentActor.of(request), input.csv()));
    }
}
