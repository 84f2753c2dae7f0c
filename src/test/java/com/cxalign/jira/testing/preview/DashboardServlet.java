package com.cxalign.jira.testing.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /jira/secure/Dashboard.jspa}: a stand-in for a Jira dashboard holding the plugin's dashboard items, as
 * Jira hosts them: the page requires the web resources of the contexts {@code atl.general} and
 * {@code atl.dashboard}; each item gets Jira's frame (title, Edit and Refresh in its header) and an empty content
 * {@code <div>}; then {@code dashboard-host.js} requires each item's {@code <amd-module>}, builds it with
 * {@code new Module(API)} over a stand-in API that records its calls, and calls {@code render} or
 * {@code renderEdit} (a configurable item without {@code isConfigured} is shown in its edit view first, as Jira
 * does). A tiny AMD loader ({@code amd-loader.js}) stands in for Jira's, since AUI's prototyping bundle has none.
 * Preferences live in the page only; a reload starts again from the ones the preview was given.
 */
final class DashboardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/secure/Dashboard.jspa";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A dashboard item on the page with the preferences it starts with (empty: not configured yet). */
    record PlacedItem(DashboardItemModule module, Map<String, String> preferences) {
    }

    private final transient PageShell shell;
    private final transient WebResources webResources;
    private final transient PluginDescriptor descriptor;
    private final transient List<PlacedItem> items;
    private final transient Supplier<PreviewUser> currentUser;
    private final String loader;
    private final String host;

    DashboardServlet(PageShell shell, WebResources webResources, PluginDescriptor descriptor, List<PlacedItem> items,
                     Supplier<PreviewUser> currentUser) {
        this.shell = shell;
        this.webResources = webResources;
        this.descriptor = descriptor;
        this.items = List.copyOf(items);
        this.currentUser = currentUser;
        this.loader = script("amd-loader.js");
        this.host = script("dashboard-host.js");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PreviewUser user = currentUser.get();
        boolean editable = user.userKey() != null;
        StringBuilder body = new StringBuilder();
        body.append("<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\">")
                .append("<div class=\"aui-page-header-main\"><h1>System dashboard</h1></div>")
                .append("<div class=\"aui-page-header-actions\"><button type=\"button\" class=\"aui-button\" ")
                .append("id=\"cx-preview-dashboard-refresh\">Refresh all</button></div>")
                .append("</div></header>\n<div class=\"cx-preview-dashboard\" id=\"dashboard\">");
        List<List<PlacedItem>> columns = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < items.size(); i++) {
            columns.get(i % 2).add(items.get(i));
        }
        for (List<PlacedItem> column : columns) {
            body.append("<div class=\"cx-preview-dashboard-column\">");
            for (PlacedItem item : column) {
                body.append(frame(item, editable));
            }
            body.append("</div>");
        }
        body.append("</div>\n");
        List<String> required = new ArrayList<>(descriptor.webResourcesInContext("atl.general"));
        required.addAll(descriptor.webResourcesInContext("atl.dashboard"));
        String html = shell.dashboardPage("System dashboard", "<script id=\"cx-preview-amd-loader\">\n" + loader
                + "</script>", body.toString(), "<script id=\"cx-preview-dashboard-host\">\n" + host + "</script>",
                webResources.resolve(required), user);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    private String frame(PlacedItem item, boolean editable) throws JsonProcessingException {
        DashboardItemModule module = item.module();
        String key = PageShell.escape(module.key());
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"cx-preview-dashboard-item dashboard-item\" id=\"gadget-").append(key)
                .append("\" data-item-key=\"").append(key).append("\" data-amd-module=\"")
                .append(PageShell.escape(module.amdModule())).append("\" data-configurable=\"")
                .append(module.configurable()).append("\" data-editable=\"").append(editable)
                .append("\" data-preferences=\"").append(PageShell.escape(JSON.writeValueAsString(item.preferences())))
                .append("\"><div class=\"dashboard-item-header\"><h3 class=\"dashboard-item-title\">")
                .append(PageShell.escape(descriptor.text(module.titleKey()))).append("</h3>")
                .append("<div class=\"cx-preview-dashboard-tools\">");
        if (module.configurable() && editable) {
            html.append("<button type=\"button\" class=\"aui-button aui-button-subtle cx-preview-item-edit\">")
                    .append("Edit</button>");
        }
        html.append("<button type=\"button\" class=\"aui-button aui-button-subtle cx-preview-item-refresh\">")
                .append("Refresh</button></div></div>")
                .append("<div class=\"dashboard-item-content\" id=\"gadget-").append(key).append("-content\"></div>")
                .append("</div>");
        return html.toString();
    }

    private static String script(String name) {
        try (InputStream in = DashboardServlet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing next to " + DashboardServlet.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
