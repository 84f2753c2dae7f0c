package com.cxalign.jira.admin;

import com.cxalign.jira.dashboard.ReadModels;
import com.cxalign.jira.dashboard.readmodel.RebuildAdmin;
import com.cxalign.jira.dashboard.rest.RebuildResource;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.rest.SetupResource;
import com.cxalign.jira.platform.security.CurrentActor;
import com.cxalign.jira.testing.preview.PluginPageServer;
import com.cxalign.jira.testing.preview.PreviewModule;
import com.cxalign.jira.workflow.InMemoryJiraConstants;
import com.cxalign.jira.workflow.JiraResolutions;
import com.cxalign.jira.workflow.JiraStatuses;
import com.cxalign.jira.workflow.WorkflowDownloads;
import com.cxalign.jira.workflow.WorkflowTemplates;
import com.cxalign.jira.workflow.rest.WorkflowResource;

/**
 * Jira administration → CX Align → CX setup for the {@link PluginPageServer}: the real servlet and the real
 * {@link SetupResource} over an {@link Initiatives} (its real setup services on a real database, a
 * {@code FakeJira} in place of Jira's managers), with the catalogue's pages and REST API over the same catalogue
 * and the plugin's providers ({@link CatalogPages#over}), signed in as the preview's user; and the real
 * {@link WorkflowResource} over Jira's statuses and resolutions ({@link #over(Initiatives, JiraStatuses,
 * JiraResolutions)}; by default those of a new Jira, so that both CX workflows still lack statuses but not their
 * resolution), and the dashboards' rebuild ({@link ReadModels}). Build it after the {@link Initiatives} rule has
 * started.
 */
public final class SetupPages {

    public static final String SETUP = "cx-align-admin-setup";

    private SetupPages() {
    }

    public static PreviewModule over(Initiatives initiatives) {
        return over(initiatives, InMemoryJiraConstants.statusesOfANewJira());
    }

    public static PreviewModule over(Initiatives initiatives, JiraStatuses statuses) {
        return over(initiatives, statuses, InMemoryJiraConstants.resolutionsOfANewJira());
    }

    public static PreviewModule over(Initiatives initiatives, JiraStatuses statuses, JiraResolutions resolutions) {
        return server -> {
            CatalogPages.over(initiatives.catalog).install(server);
            server.withServlet(SETUP, services -> new SetupServlet(services.adminPageGuard(),
                    services.templateRenderer(), services.pageBuilderService()));
            server.withRestResource(services -> new SetupResource(initiatives.status, initiatives.projectSetup,
                    new CurrentActor(services.userManager())));
            server.withRestResource(services -> new WorkflowResource(
                    new WorkflowDownloads(new WorkflowTemplates(), statuses, resolutions),
                    new CurrentActor(services.userManager())));
            RebuildAdmin rebuilds = ReadModels.over(initiatives).rebuildAdmin;
            server.withRestResource(services -> new RebuildResource(rebuilds, new CurrentActor(services.userManager())));
        };
    }
}
