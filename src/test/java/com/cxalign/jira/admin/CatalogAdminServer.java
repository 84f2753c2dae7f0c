package com.cxalign.jira.admin;

import static com.cxalign.jira.admin.PageActions.waitUntil;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.testing.browser.Browser;
import com.cxalign.jira.testing.preview.PluginPageServer;
import com.cxalign.jira.testing.preview.PreviewUser;

import org.junit.rules.ExternalResource;

/**
 * The catalogue admin pages over a test's {@link Catalog}, signed in as a Jira administrator, served for one test.
 * Apply it inside the catalog and browser rules (a higher rule order).
 */
final class CatalogAdminServer extends ExternalResource {

    private final Catalog catalog;
    private final Browser browser;
    private PluginPageServer jira;

    CatalogAdminServer(Catalog catalog, Browser browser) {
        this.catalog = catalog;
        this.browser = browser;
    }

    @Override
    protected void before() {
        jira = PluginPageServer.builder().install(CatalogPages.over(catalog)).signedInAs(PreviewUser.ADMIN).build()
                .start();
    }

    @Override
    protected void after() {
        jira.stop();
    }

    /** Opens the page of this servlet module (with a query, or "") and waits until #rootId has loaded its data. */
    void openPage(String moduleKey, String query, String rootId) {
        browser.open(jira.servletUrl(moduleKey) + query);
        waitUntil(browser, "the page to load its data",
                () -> "false".equals(browser.attribute("#" + rootId, "aria-busy")));
    }
}
