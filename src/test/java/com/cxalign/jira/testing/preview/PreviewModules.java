package com.cxalign.jira.testing.preview;

import com.cxalign.jira.admin.AdminOverviewServlet;
import com.cxalign.jira.admin.CatalogPages;
import com.cxalign.jira.dashboard.item.DashboardPages;
import com.cxalign.jira.initiative.panel.IssuePanelPages;

import java.util.List;

/**
 * The plugin's pages and REST resources as the preview serves them. Add a feature's {@link PreviewModule} to
 * {@link #all()} when it gets a page; give it sample data (for example an H2-backed Active Objects from
 * {@code testing.ao}) inside its module.
 */
public final class PreviewModules {

    private PreviewModules() {
    }

    /** Jira administration → Manage apps → CX Align → Overview. */
    public static final PreviewModule ADMIN_OVERVIEW = server -> server.withServlet("cx-align-admin-overview",
            services -> new AdminOverviewServlet(services.adminPageGuard(), services.templateRenderer(),
                    services.pageBuilderService(), services.buildInfo()));

    /**
     * Jira administration → CX Align → Mission &amp; goals, Readings and Audit log, with the catalogue's REST API
     * over an H2 catalogue of their own holding sample data.
     */
    public static final PreviewModule CATALOG_WITH_SAMPLE_DATA = server -> CatalogPages.withSampleData().install(server);

    /**
     * All of CX Align over one sample of CX data ({@code IssuePanelSampleData}): the catalogue's pages (as
     * {@link #CATALOG_WITH_SAMPLE_DATA}, plus the metric the sample initiatives move), CX setup, and the view issue
     * pages of sample CX Initiatives and Customer Feedback with the CX alignment panel, with the REST API behind them.
     */
    public static final PreviewModule CX_WITH_SAMPLE_DATA = server -> IssuePanelPages.withSampleData().install(server);

    /**
     * {@link #CX_WITH_SAMPLE_DATA} with more CX work ({@code DashboardSampleData}) and a stand-in Jira dashboard
     * holding the dashboard items "CX mission alignment" and "Feedback loop closure", over the real dashboard REST
     * resource and the read model written from the sample issues.
     */
    public static final PreviewModule CX_WITH_DASHBOARDS = server -> DashboardPages.withSampleData().install(server);

    /** Everything {@link PreviewMain} shows. */
    public static List<PreviewModule> all() {
        return List.of(ADMIN_OVERVIEW, CX_WITH_DASHBOARDS);
    }
}
