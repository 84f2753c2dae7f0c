package com.cxalign.jira.initiative.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.cxalign.jira.initiative.alignment.AlignmentService;
import com.cxalign.jira.initiative.alignment.MetricChoices;
import com.cxalign.jira.platform.i18n.Messages;
import com.cxalign.jira.platform.security.CurrentActor;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code /initiatives}: the alignment of one issue (what the issue panel shows), for users who may browse the issue
 * (403 otherwise, 404 for an unknown key or an issue that is not a CX issue); and which CX Metric options go with
 * which CX Goal option, for the create and edit screens.
 */
@Path("/initiatives")
@Produces(MediaType.APPLICATION_JSON)
public class AlignmentResource {

    private final AlignmentService alignments;
    private final MetricChoices metricChoices;
    private final CurrentActor currentActor;
    private final Messages messages;

    @Inject
    public AlignmentResource(AlignmentService alignments, MetricChoices metricChoices, CurrentActor currentActor,
                             Messages messages) {
        this.alignments = alignments;
        this.metricChoices = metricChoices;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GET
    @Path("/{issueKey}/alignment")
    @LicensedOnly
    public AlignmentJson alignment(@Context HttpServletRequest request, @PathParam("issueKey") String issueKey) {
        return AlignmentJson.of(alignments.alignmentOf(currentActor.of(request), issueKey), messages);
    }

    @GET
    @Path("/metric-choices")
    @LicensedOnly
    public MetricChoices.Choices metricChoices(@Context HttpServletRequest request) {
        return metricChoices.choices(currentActor.of(request));
    }
}
