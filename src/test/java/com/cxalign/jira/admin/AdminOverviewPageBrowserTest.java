package com.cxalign.jira.admin;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.platform.BuildInfo;
import com.cxalign.jira.testing.browser.Browser;
import com.cxalign.jira.testing.preview.PluginPageServer;
import com.cxalign.jira.testing.preview.PreviewModules;
import com.cxalign.jira.testing.preview.PreviewUser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.Rule;
import org.junit.Test;

/**
 * The overview page in headless Chromium, as Jira would present it: the real servlet and the real Velocity renderer
 * behind {@link PluginPageServer} (AUI, the {@code atl.admin} decorator stand-in, the plugin's web resources as the
 * descriptor declares them), an administrator signed in. Also saves {@code docs/images/admin-overview.png}.
 */
public class AdminOverviewPageBrowserTest {

    private static final String OVERVIEW = "cx-align-admin-overview";

    @Rule(order = 0)
    public final PluginPageServer jira = PluginPageServer.builder()
            .install(PreviewModules.ADMIN_OVERVIEW)
            .signedInAs(PreviewUser.ADMIN)
            .build();

    @Rule(order = 1)
    public final Browser browser = new Browser().windowSize(1200, 800);

    @Test
    public void anAdministratorSeesTheOverviewInJirasAdminLayoutWithAuiAndThePluginsResources() {
        BuildInfo build = jira.services().buildInfo();

        browser.open(jira.servletUrl(OVERVIEW));

        assertEquals(build.getVersion(), browser.text("#cx-admin-version"));
        assertEquals("Read the documentation", browser.text("#cx-admin-docs"));
        assertEquals(build.getDocsUrl(), browser.attribute("#cx-admin-docs", "href"));
        assertEquals("CX Align for Jira - Jira", browser.driver().getTitle());

        // AUI's JavaScript and styles are there: an .aui-button does not look like the browser's own button.
        assertEquals(Boolean.TRUE, browser.script("return typeof AJS === 'object' && typeof AJS.flag === 'function'"));
        assertNotEquals("the .aui-button looks like an unstyled button: AUI's CSS is not applied",
                buttonStyle("document.querySelector('.cx-admin-copy')"),
                buttonStyle("document.body.appendChild(document.createElement('button'))"));
        // The plugin's own CSS (cx-admin.css) is applied.
        assertEquals("600", browser.computedStyle(".cx-admin-facts dt", "font-weight"));

        // The decorator's sidebar lists the plugin's admin section and marks this page.
        assertEquals("Jira administration", browser.text("#content > .aui-page-header h1"));
        assertEquals("CX Align", browser.textContent("#admin-sidebar .aui-nav-heading"));
        assertEquals("Overview", browser.text("#admin-sidebar .aui-nav-selected a"));

        browser.screenshot(Browser.projectFile("docs/images/admin-overview.png"));

        // cx-admin.js is loaded (through the jsI18n transformer): copying the version shows AUI's success flag.
        browser.click(".cx-admin-copy");
        assertEquals("Version copied to the clipboard.", browser.text(".aui-flag .aui-message-success").trim());
    }

    @Test
    public void aSignedInUserWhoIsNotAnAdministratorGetsThePermissionErrorPageWithoutTheVersion() throws Exception {
        jira.signInAs(PreviewUser.USER);
        String version = jira.services().buildInfo().getVersion();
        URI page = jira.servletUrl(OVERVIEW);

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        assertThat(response.body(), not(containsString(version)));

        browser.expectConsoleError("status of 403");
        browser.open(page);
        assertEquals("403", browser.attribute("#cx-preview-error", "data-status"));
        assertThat(browser.text("#cx-preview-error"), containsString("You do not have permission to see this page."));
        assertFalse(browser.exists("#cx-admin-version"));
        assertFalse(browser.exists("#admin-sidebar"));
        assertThat(browser.driver().getPageSource(), not(containsString(version)));
        assertTrue(browser.exists(".aui-header"));
    }

    /** Computed styles that AUI sets on buttons, of the element the expression returns. */
    private Object buttonStyle(String elementExpression) {
        return browser.script("var s = getComputedStyle(" + elementExpression + ");"
                + "return [s.borderTopStyle, s.borderRadius, s.paddingLeft, s.height, s.fontFamily, s.backgroundColor]"
                + ".join(' | ');");
    }
}
