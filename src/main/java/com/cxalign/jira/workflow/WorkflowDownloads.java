package com.cxalign.jira.workflow;

import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * For administrators: the bundled workflows with this Jira's status ids filled in, ready for Jira's
 * Administration → Workflows → Import from XML, or, while Jira lacks some of their statuses, which ones to create
 * first. Reads only; CX Align creates no status and no workflow itself.
 */
public final class WorkflowDownloads {

    /** One bundled workflow as the setup page lists it. */
    public record Entry(String name, String displayName, List<String> missingStatuses, boolean ready) {

        public Entry {
            missingStatuses = List.copyOf(missingStatuses);
        }
    }

    /** A workflow ready to import: its file name and its XML. */
    public record Download(String fileName, String xml) {
    }

    private final WorkflowTemplates templates;
    private final JiraStatuses statuses;

    public WorkflowDownloads(WorkflowTemplates templates, JiraStatuses statuses) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
    }

    /** Every bundled workflow and the statuses it still needs in this Jira. Administrators only. */
    public List<Entry> list(Actor actor) {
        Access.requireAdmin(actor);
        Map<String, String> ids = statuses.idsByName();
        return templates.workflows().stream()
                .map(workflow -> templates.fill(workflow.name(), ids))
                .map(filling -> new Entry(filling.workflow().name(), filling.workflow().displayName(),
                        filling.missingStatuses(), filling.ready()))
                .collect(Collectors.toList());
    }

    /**
     * The workflow filled in with this Jira's status ids. Administrators only.
     *
     * @throws com.cxalign.jira.platform.errors.NotFoundException for a workflow CX Align does not carry
     * @throws ConflictException while Jira lacks a status the workflow needs; the message names them all
     */
    public Download download(Actor actor, String name) {
        Access.requireAdmin(actor);
        WorkflowTemplates.Filling filling = templates.fill(name, statuses.idsByName());
        if (!filling.ready()) {
            throw new ConflictException("cx-align.workflow.download.missing-statuses",
                    filling.workflow().displayName(), String.join(", ", filling.missingStatuses()));
        }
        return new Download(filling.workflow().name() + ".xml", filling.xml());
    }
}
