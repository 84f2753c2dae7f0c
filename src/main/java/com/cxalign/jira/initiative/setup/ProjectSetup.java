package com.cxalign.jira.initiative.setup;

import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.setup.ProjectSchemes.IssueTypeSchemeRef;
import com.cxalign.jira.initiative.setup.ProjectSchemes.ProjectRef;
import com.cxalign.jira.initiative.setup.ProjectSchemes.ScreenRef;
import com.cxalign.jira.initiative.setup.ProjectSetupReport.ScreenChange;
import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Set up a CX project", for admins: makes sure the plugin's issue types and fields exist, adds the two CX issue
 * types to the project's issue type scheme and each CX field to the create, edit and view screens of its issue
 * type, and reports every change. Running it again changes nothing. Schemes and screens are often shared between
 * projects; the report names them so the admin sees what else the change reaches.
 */
public class ProjectSetup {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectSetup.class);

    private final ProjectSchemes schemes;
    private final CxSchemaSetup schemaSetup;
    private final JiraIds ids;
    private final ClusterLocks locks;

    public ProjectSetup(ProjectSchemes schemes, CxSchemaSetup schemaSetup, JiraIds ids, ClusterLocks locks) {
        this.schemes = schemes;
        this.schemaSetup = schemaSetup;
        this.ids = ids;
        this.locks = locks;
    }

    /** The projects an admin can set up, for the admin page's picker. */
    public List<ProjectRef> projects(Actor actor) {
        Access.requireAdmin(actor);
        return schemes.projects();
    }

    /** @throws ValidationException when no project key is given */
    public ProjectSetupReport setUp(Actor actor, String projectKey) {
        Access.requireAdmin(actor);
        if (projectKey == null || projectKey.isBlank()) {
            throw new ValidationException(List.of(FieldError.of("projectKey", "cx-align.field.required")));
        }
        ProjectRef project = schemes.project(projectKey.strip())
                .orElseThrow(() -> new NotFoundException("cx-align.setup.project.not-found", projectKey.strip()));
        schemaSetup.ensure();
        // Two admins (or nodes) setting up projects at once must not add a field to a shared screen twice.
        ProjectSetupReport report = locks.underLock(CxSchemaSetup.LOCK, () -> setUpHoldingLock(project));
        LOG.info("User {} set up project {} for CX Align: issue types added {}, screens {}", actor.userKey(),
                project.key(), report.addedIssueTypes(), report.screens());
        return report;
    }

    private ProjectSetupReport setUpHoldingLock(ProjectRef project) {
        IssueTypeSchemeRef scheme = schemes.issueTypeScheme(project.key());
        List<String> addedTypes = new ArrayList<>();
        List<String> missingIds = new ArrayList<>();
        for (CxIssueType type : CxIssueType.values()) {
            String id = requiredId(type.role());
            if (!scheme.issueTypeIds().contains(id)) {
                missingIds.add(id);
                addedTypes.add(type.defaultName());
            }
        }
        if (!missingIds.isEmpty()) {
            schemes.addIssueTypes(project.key(), missingIds);
        }
        return new ProjectSetupReport(project.key(), project.name(), scheme.name(), scheme.isDefault(), addedTypes,
                screenChanges(project));
    }

    private List<ScreenChange> screenChanges(ProjectRef project) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<String>> added = new LinkedHashMap<>();
        for (CxIssueType type : CxIssueType.values()) {
            for (ScreenRef screen : schemes.screens(project.key(), requiredId(type.role()))) {
                names.put(screen.id(), screen.name());
                List<String> fields = added.computeIfAbsent(screen.id(), id -> new ArrayList<>());
                for (CxField field : CxField.of(type)) {
                    long fieldId = Long.parseLong(requiredId(field.role()));
                    if (!schemes.screenHasField(screen.id(), fieldId)) {
                        schemes.addFieldToScreen(screen.id(), fieldId);
                        fields.add(field.defaultName());
                    }
                }
            }
        }
        List<ScreenChange> changes = new ArrayList<>();
        names.forEach((id, name) -> changes.add(new ScreenChange(name, added.get(id))));
        return changes;
    }

    private String requiredId(String role) {
        return ids.get(role).orElseThrow(() -> new IllegalStateException("CX Align's setup did not record " + role));
    }
}
