package com.cxalign.jira.dashboard.item;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.dashboard.data.AlignmentQueries;
import com.cxalign.jira.dashboard.data.BrowsableProjects;
import com.cxalign.jira.dashboard.data.Dashboards;
import com.cxalign.jira.dashboard.data.DashboardService;
import com.cxalign.jira.dashboard.data.FakeBrowsableProjects;
import com.cxalign.jira.dashboard.data.FeedbackLoopQueries;
import com.cxalign.jira.dashboard.data.TestReadModelSql;
import com.cxalign.jira.dashboard.rest.DashboardResource;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.panel.IssuePanelPages;
import com.cxalign.jira.initiative.panel.IssuePanelSampleData;
import com.cxalign.jira.platform.security.CurrentActor;
import com.cxalign.jira.testing.cache.LocalSnapshotCache;
import com.cxalign.jira.testing.preview.PluginPageServer;
import com.cxalign.jira.testing.preview.PreviewModule;
import com.cxalign.jira.testing.preview.PreviewProject;
import com.cxalign.jira.testing.preview.PreviewUser;

import java.util.List;
import java.util.Map;

/**
 * The dashboard items "CX mission alignment" and "Feedback loop closure" on the {@link PluginPageServer}'s stand-in
 * dashboard, over the real {@code /dashboard} REST resource ({@link DashboardResource} → {@link DashboardService} →
 * SQL over the read model on the test database), with Jira's "projects I may browse" for their edit views.
 * <ul>
 *   <li>{@link #over} for browser tests, which own the {@link Initiatives} rule and install the catalogue's REST
 *       API (goals, and the plugin's providers) themselves;</li>
 *   <li>{@link #withSampleData()} for the hand-started preview: all of CX Align over {@link DashboardSampleData} of
 *       its own (the issue pages, CX setup, the catalogue's pages, the dashboard), closed when the server stops.</li>
 * </ul>
 */
public final class DashboardPages {

    public static final String ALIGNMENT = "cx-mission-alignment";
    public static final String FEEDBACK = "cx-feedback-loop";

    /** Configured for every project the user may browse, all time. */
    public static final Map<String, String> ALL_TIME = Map.of("isConfigured", "true", "projects", "",
            "since", "all");

    private DashboardPages() {
    }

    /** Who may browse what, as {@link DashboardSampleData} grants it in the fake Jira. */
    public static FakeBrowsableProjects browsable() {
        FakeBrowsableProjects browsable = new FakeBrowsableProjects();
        for (PreviewUser user : List.of(PreviewUser.ADMIN, PreviewUser.USER)) {
            browsable.allow(user.userKey().getStringValue(), DashboardSampleData.CX_PROJECT,
                    DashboardSampleData.ONB_PROJECT);
        }
        return browsable;
    }

    /** Jira's project list for the edit views: what {@link #browsable()} allows. */
    public static List<PreviewProject> projects(PreviewUser user) {
        return user.userKey() == null ? List.of() : List.of(
                new PreviewProject(DashboardSampleData.CX_PROJECT, "CX", IssuePanelSampleData.PROJECT),
                new PreviewProject(DashboardSampleData.ONB_PROJECT, "ONB", "Onboarding"));
    }

    /**
     * Both dashboard items with these starting preferences (empty: not configured yet) and the dashboard REST
     * resource over {@code initiatives}' catalogue and read model.
     */
    public static PreviewModule over(Initiatives initiatives, BrowsableProjects browsable,
                                     Map<String, String> alignment, Map<String, String> feedback) {
        return server -> {
            server.withDashboardItem(ALIGNMENT, alignment).withDashboardItem(FEEDBACK, feedback)
                    .withProjects(DashboardPages::projects)
                    .withRestResource(services -> resource(initiatives.catalog, browsable, services.userManager()));
        };
    }

    static DashboardResource resource(Catalog catalog, BrowsableProjects browsable,
                                      com.atlassian.sal.api.user.UserManager users) {
        TestReadModelSql sql = new TestReadModelSql(catalog.ao());
        DashboardService service = new DashboardService(Dashboards.catalogOver(catalog, sql,
                new LocalSnapshotCache<>()), new AlignmentQueries(sql), new FeedbackLoopQueries(sql), browsable,
                catalog.clock, Initiatives.ZONE);
        return new DashboardResource(service, new CurrentActor(users));
    }

    /** For {@code PreviewMain}: CX Align's pages and dashboard over sample data of their own. */
    public static PreviewModule withSampleData() {
        return IssuePanelPages.withSampleData(DashboardSampleData::fill,
                initiatives -> over(initiatives, browsable(), ALL_TIME, ALL_TIME));
    }
}
