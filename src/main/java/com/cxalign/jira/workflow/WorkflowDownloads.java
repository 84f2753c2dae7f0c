package com.cxalign.jira.workflow;

import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * For administrators: the bundled workflows with this Jira's status and resolution ids filled in, ready for Jira's
 * Administration → Workflows → Import from XML, or, while Jira lacks some of their statuses or resolutions, which
 * ones to create first. Reads only; CX Align creates no status, resolution or workflow itself.
 */
public final class WorkflowDownloads {

    /** One bundled workflow as the setup page lists it. */
    public record Entry(String name, String displayName, List<String> missingStatuses,
                        List<String> missingResolutions, boolean ready) {

        public Entry {
            missingStatuses = List.copyOf(missingStatuses);
            missingResolutions = List.copyOf(missingResolutions);
        }
    }

    /** A workflow ready to import: its file name and its XML. */
    public record Download(String fileName, String xml) {
    }

    private final WorkflowTemplates templates;
    private final JiraStatuses statuses;
    private final JiraResolutions resolutions;

    public WorkflowDownloads(WorkflowTemplates templates, JiraStatuses statuses, JiraResolutions resolutions) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.resolutions = Objects.requireNonNull(resolutions, "resolutions");
    }

    /** Every bundled workflow and the statuses and resolutions it still needs in this Jira. Administrators only. */
    public List<Entry> list(Actor actor) {
        Access.requireAdmin(actor);
        Map<String, String> statusIds = statuses.idsByName();
        Map<String, String> resolutionIds = resolutions.idsByName();
        return templates.workflows().stream()
                .map(workflow -> templates.fill(workflow.name(), statusIds, resolutionIds))
                .map(filling -> new Entry(filling.workflow().name(), filling.workflow().displayName(),
                        filling.missingStatuses(), filling.missingResolutions(), filling.ready()))
                .collect(Collectors.toList());
    }

    /**
     * The workflow filled in with this Jira's status and resolution ids. Administrators only.
     *
     * @throws com.cxalign.jira.platform.errors.NotFoundException for a workflow CX Align does not carry
     * @throws ConflictException while Jira lacks a status or resolution the workflow needs; the message names them
     *                           all
     */
    public Download download(Actor actor, String name) {
        Access.requireAdmin(actor);
        WorkflowTemplates.Filling filling = templates.fill(name, statuses.idsByName(), resolutions.idsByName());
        if (!filling.ready()) {
            throw missing(filling);
        }
        return new Download(filling.workflow().name() + ".xml", filling.xml());
    }

    private static ConflictException missing(WorkflowTemplates.Filling filling) {
        String workflow = filling.workflow().displayName();
        String statuses = String.join(", ", filling.missingStatuses());
        String resolutions = String.join(", ", filling.missingResolutions());
        if (filling.missingResolutions().isEmpty()) {
            return new ConflictException("cx-align.workflow.download.missing-statuses", workflow, statuses);
        }
        if (filling.missingStatuses().isEmpty()) {
            return new ConflictException("cx-align.workflow.download.missing-resolutions", workflow, resolutions);
        }
        return new ConflictException("cx-align.workflow.download.missing-statuses-and-resolutions", workflow,
                statuses, resolutions);
    }
}
