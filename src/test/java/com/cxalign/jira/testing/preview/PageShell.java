package com.cxalign.jira.testing.preview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML around the plugin's pages: a plain AUI page in the shape of Jira's (AUI application header, page header,
 * page panel). {@link #adminPage} stands in for Jira's {@code atl.admin} SiteMesh decorator: the header
 * "Jira administration", a tab for the admin area the plugin's web sections live in, and a sidebar built from the
 * plugin's own admin web sections and web items (labels from the plugin's i18n). Jira's own admin links are not
 * there: the preview shows the plugin's pages, not Jira.
 */
final class PageShell {

    /** Jira's admin areas by the web-section location that puts links into their sidebars, in Jira's tab order. */
    private static final Map<String, String> ADMIN_AREAS = new LinkedHashMap<>();

    static {
        ADMIN_AREAS.put("admin_applications_menu", "Applications");
        ADMIN_AREAS.put("admin_project_menu", "Projects");
        ADMIN_AREAS.put("admin_issues_menu", "Issues");
        ADMIN_AREAS.put("admin_plugins_menu", "Manage apps");
        ADMIN_AREAS.put("admin_users_menu", "User management");
        ADMIN_AREAS.put("admin_system_menu", "System");
    }

    /** Jira-like chrome that AUI alone does not give: background, header spacing, footer. */
    private static final String SHELL_CSS = String.join("\n",
            "body.cx-preview { background: var(--aui-body-background, #f4f5f7); }",
            "#page { min-height: 100vh; display: flex; flex-direction: column; }",
            "#content { flex: 1 0 auto; }",
            ".cx-preview .aui-header .aui-header-logo-device { font-weight: 600; font-size: 18px; letter-spacing: .2px; }",
            ".cx-preview-user { display: inline-flex; align-items: center; gap: 8px; color: inherit; }",
            ".cx-preview-avatar { display: inline-flex; align-items: center; justify-content: center; width: 24px;",
            "  height: 24px; border-radius: 50%; background: #00875a; color: #fff; font-size: 11px; font-weight: 600; }",
            ".cx-preview .aui-header .cx-preview-user { color: #fff; margin-left: 12px; }",
            "#content > .aui-page-header { padding: 20px 20px 0; margin: 0; }",
            "#content > .aui-navgroup-horizontal { margin: 0 20px; background: transparent; }",
            "#content > .aui-page-panel { margin: 16px 20px 20px; width: auto; }",
            ".cx-preview .aui-page-panel-nav { width: 200px; }",
            ".cx-preview-footer { padding: 10px 20px 20px; color: #6b778c; font-size: 12px; text-align: center; }",
            "");

    /** Jira's view issue page, as far as the preview draws it around the plugin's web panels. */
    private static final String ISSUE_CSS = String.join("\n",
            "<style id=\"cx-preview-issue-css\">",
            ".page-type-issue #content > .aui-page-panel { margin: 0; border-left: 0; border-right: 0; }",
            ".issue-header-content { padding: 4px 0 8px; }",
            ".issue-header .aui-page-header { padding: 0 0 12px; }",
            ".issue-header .aui-page-header-image { vertical-align: top; padding-right: 12px; }",
            ".cx-preview-project-avatar { display: inline-flex; align-items: center; justify-content: center;",
            "  width: 48px; height: 48px; border-radius: 3px; background: #0065ff; color: #fff; font-weight: 600; }",
            ".issue-header #summary-val { font-size: 24px; font-weight: 500; line-height: 1.25; margin: 4px 0 0; }",
            ".issue-header .command-bar { display: flex; gap: 10px; padding-bottom: 12px; }",
            ".issue-body { display: flex; gap: 30px; align-items: flex-start; }",
            ".issue-body > .issue-main-column { flex: 1 1 auto; min-width: 0; }",
            ".issue-body > .issue-side-column { flex: 0 0 380px; width: 380px; }",
            ".issue-view .module { margin: 0 0 20px; }",
            ".issue-view .mod-header { border-bottom: 1px solid #dfe1e6; padding: 0 0 4px; margin-bottom: 8px; }",
            ".issue-view .mod-header .toggle-title { margin: 0; font-size: 14px; font-weight: 600; color: #172b4d; }",
            ".issue-view .mod-header .toggle-title::before { content: '\\25BE'; color: #6b778c; margin-right: 6px; }",
            ".issue-view .property-list { list-style: none; margin: 0 0 8px; padding: 0; display: grid;",
            "  grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 6px 20px; }",
            ".issue-view .property-list .name { display: inline-block; width: 160px; font-weight: normal;",
            "  color: #6b778c; vertical-align: top; }",
            ".issue-view .property-list .value { display: inline-block; max-width: calc(100% - 170px); }",
            ".issue-view .item-details { list-style: none; margin: 0; padding: 0; }",
            ".issue-view .item-details dl { display: flex; margin: 0 0 6px; }",
            ".issue-view .item-details dt { width: 120px; color: #6b778c; }",
            ".issue-view .item-details dd { margin: 0; }",
            ".cx-preview-quiet { color: #6b778c; }",
            "</style>");

    private final PluginDescriptor descriptor;
    private final String contextPath;

    PageShell(PluginDescriptor descriptor, String contextPath) {
        this.descriptor = descriptor;
        this.contextPath = contextPath;
    }

    /** Jira's {@code atl.admin} decorator around a plugin page. */
    String adminPage(DecoratedPage page, WebResources.Resolved resources, PreviewUser user) {
        String activeSection = page.meta("admin.active.section").orElse("");
        String activeTab = page.meta("admin.active.tab").orElse("");
        String area = activeSection.contains("/") ? activeSection.substring(0, activeSection.indexOf('/')) : "";
        if (area.isEmpty()) {
            area = descriptor.webSections().stream().map(PluginDescriptor.WebSection::location)
                    .filter(ADMIN_AREAS::containsKey).findFirst().orElse("admin_plugins_menu");
        }

        StringBuilder body = new StringBuilder();
        body.append("<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\">")
                .append("<div class=\"aui-page-header-main\"><h1>Jira administration</h1></div>")
                .append("</div></header>\n");
        body.append("<nav class=\"aui-navgroup aui-navgroup-horizontal\" aria-label=\"Administration\" id=\"admin-nav\">")
                .append("<div class=\"aui-navgroup-inner\"><div class=\"aui-navgroup-primary\"><ul class=\"aui-nav\">");
        for (Map.Entry<String, String> tab : ADMIN_AREAS.entrySet()) {
            Optional<String> link = firstLinkIn(tab.getKey());
            if (link.isEmpty() && !tab.getKey().equals(area)) {
                continue;
            }
            body.append("<li").append(tab.getKey().equals(area) ? " class=\"aui-nav-selected\"" : "").append(">")
                    .append("<a href=\"").append(escape(link.orElse("#"))).append("\">")
                    .append(escape(tab.getValue())).append("</a></li>");
        }
        body.append("</ul></div></div></nav>\n");
        body.append("<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">\n");
        body.append("<div class=\"aui-page-panel-nav\"><nav class=\"aui-navgroup aui-navgroup-vertical\" ")
                .append("aria-label=\"").append(escape(ADMIN_AREAS.getOrDefault(area, "Administration")))
                .append("\" id=\"admin-sidebar\"><div class=\"aui-navgroup-inner\">\n");
        for (PluginDescriptor.WebSection section : descriptor.webSections()) {
            if (!section.location().equals(area)) {
                continue;
            }
            body.append("<div class=\"aui-nav-heading\" id=\"").append(escape(section.key())).append("-heading\">")
                    .append("<strong>").append(escape(label(section.labelKey(), section.key()))).append("</strong></div>\n")
                    .append("<ul class=\"aui-nav\" aria-labelledby=\"").append(escape(section.key())).append("-heading\">");
            for (PluginDescriptor.WebItem item : descriptor.webItems()) {
                if (!item.section().equals(section.path())) {
                    continue;
                }
                boolean selected = section.path().equals(activeSection)
                        && (item.key().equals(activeTab) || item.linkId().equals(activeTab));
                body.append("<li").append(selected ? " class=\"aui-nav-selected\"" : "").append(">")
                        .append("<a href=\"").append(escape(href(item.link()))).append("\"")
                        .append(item.linkId().isEmpty() ? "" : " id=\"" + escape(item.linkId()) + "\"")
                        .append(selected ? " aria-current=\"page\"" : "").append(">")
                        .append(escape(label(item.labelKey(), item.key()))).append("</a></li>");
            }
            body.append("</ul>\n");
        }
        body.append("</div></nav></div>\n");
        body.append("<section class=\"aui-page-panel-content\">\n").append(page.body()).append("\n</section>\n");
        body.append("</div></div>\n");
        return document(page.titleHtml(), page.headExtras(), body.toString(), resources, user, "page-type-admin");
    }

    /** Jira's {@code atl.general} decorator: the application header around the page's own body. */
    String generalPage(DecoratedPage page, WebResources.Resolved resources, PreviewUser user) {
        return document(page.titleHtml(), page.headExtras(), page.body(), resources, user, "page-type-general");
    }

    /** The stand-in for Jira's view issue page: {@code bodyHtml} is the issue view ({@link ViewIssueServlet}). */
    String issuePage(String titleText, String bodyHtml, WebResources.Resolved resources, PreviewUser user) {
        return document(escape(titleText), ISSUE_CSS, bodyHtml, resources, user, "page-type-issue");
    }

    /** A page of the stand-in Jira itself (error, log-in, index): header and one panel. */
    String generalPage(String titleText, String panelHtml, WebResources.Resolved resources, PreviewUser user) {
        String body = "<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\">"
                + "<div class=\"aui-page-header-main\"><h1>" + escape(titleText) + "</h1></div></div></header>\n"
                + "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                + "<section class=\"aui-page-panel-content\">\n" + panelHtml + "\n</section></div></div>\n";
        return document(escape(titleText), "", body, resources, user, "page-type-general");
    }

    /**
     * The stand-in for Jira's dashboard page ({@link DashboardServlet}): {@code beforeScripts} goes into the head
     * before the web resources' scripts (the AMD loader they define their modules with), {@code endOfBody} after
     * the page's content (the script that builds the dashboard items).
     */
    String dashboardPage(String titleText, String beforeScripts, String bodyHtml, String endOfBody,
                         WebResources.Resolved resources, PreviewUser user) {
        return document(escape(titleText), beforeScripts, DASHBOARD_CSS, bodyHtml, endOfBody, resources, user,
                "page-type-dashboard");
    }

    /** Jira's dashboard, as far as the preview draws it around the plugin's dashboard items. */
    private static final String DASHBOARD_CSS = String.join("\n",
            "<style id=\"cx-preview-dashboard-css\">",
            ".page-type-dashboard #content > .aui-page-header { padding: 20px 20px 0; }",
            ".cx-preview-dashboard { display: flex; gap: 20px; align-items: flex-start; margin: 16px 20px 20px; }",
            ".cx-preview-dashboard-column { flex: 1 1 0; min-width: 0; display: flex; flex-direction: column;",
            "  gap: 20px; }",
            ".cx-preview-dashboard-item { background: #fff; border: 1px solid #dfe1e6; border-radius: 3px;",
            "  position: relative; }",
            ".cx-preview-dashboard-item .dashboard-item-header { display: flex; align-items: center;",
            "  justify-content: space-between; padding: 8px 12px; border-bottom: 1px solid #ebecf0; }",
            ".cx-preview-dashboard-item .dashboard-item-title { margin: 0; font-size: 16px; font-weight: 500; }",
            ".cx-preview-dashboard-item .dashboard-item-content { padding: 12px; }",
            ".cx-preview-dashboard-item.cx-preview-loading::before { content: ''; position: absolute; left: 0;",
            "  right: 0; top: 0; height: 2px; background: #0052cc; }",
            ".cx-preview-dashboard-tools { display: flex; gap: 6px; }",
            "</style>");

    private String document(String titleHtml, String headExtras, String content, WebResources.Resolved resources,
                            PreviewUser user, String pageType) {
        return document(titleHtml, "", headExtras, content, "", resources, user, pageType);
    }

    private String document(String titleHtml, String beforeScripts, String headExtras, String content,
                            String endOfBody, WebResources.Resolved resources, PreviewUser user, String pageType) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                // Jira writes its context path into every page (AJS.contextPath() reads it; AUI alone has no value).
                .append("<meta name=\"ajs-context-path\" content=\"").append(escape(contextPath)).append("\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(titleHtml.isEmpty() ? "" : titleHtml + " - ").append("Jira</title>\n");
        for (String css : resources.css) {
            html.append("<link rel=\"stylesheet\" type=\"text/css\" media=\"all\" href=\"")
                    .append(escape(contextPath + css)).append("\">\n");
        }
        html.append("<style id=\"cx-preview-shell\">\n").append(SHELL_CSS).append("</style>\n");
        html.append(beforeScripts.isEmpty() ? "" : beforeScripts + "\n");
        for (String js : resources.js) {
            html.append("<script src=\"").append(escape(contextPath + js)).append("\"></script>\n");
        }
        html.append(headExtras.isEmpty() ? "" : headExtras + "\n").append("</head>\n");
        html.append("<body id=\"jira\" class=\"aui-layout aui-theme-default cx-preview ").append(pageType).append("\">\n")
                .append("<div id=\"page\">\n").append(header(user))
                .append("<div id=\"content\" role=\"main\">\n").append(content).append("</div>\n")
                .append("<footer id=\"footer\" class=\"cx-preview-footer\" role=\"contentinfo\">")
                .append("CX Align UI preview: the plugin's pages in a stand-in for Jira's page layout, not Jira.")
                .append("</footer>\n</div>\n").append(endOfBody.isEmpty() ? "" : endOfBody + "\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    private String header(PreviewUser user) {
        StringBuilder header = new StringBuilder("<header id=\"header\" role=\"banner\">")
                .append("<nav class=\"aui-header\" aria-label=\"Site\"><div class=\"aui-header-inner\">")
                .append("<div class=\"aui-header-primary\"><span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\">")
                .append("<a href=\"").append(escape(contextPath + "/")).append("\" aria-label=\"Go to home page\">")
                .append("<span class=\"aui-header-logo-device\">Jira</span></a></span></div>")
                .append("<div class=\"aui-header-secondary\"><ul class=\"aui-nav\">")
                .append("<li><span class=\"aui-lozenge aui-lozenge-subtle aui-lozenge-inprogress\">UI preview</span></li>");
        if (user.userKey() == null) {
            header.append("<li><a href=\"").append(escape(contextPath + "/login.jsp")).append("\">Log in</a></li>");
        } else {
            String name = user.displayName();
            StringBuilder initials = new StringBuilder();
            for (String part : name.split("\\s+")) {
                initials.append(part.charAt(0));
            }
            header.append("<li><span class=\"cx-preview-user\" id=\"cx-preview-user\" title=\"")
                    .append(escape(name)).append(user.isAdmin() ? " (Jira administrator)" : "").append("\">")
                    .append("<span class=\"cx-preview-avatar\" aria-hidden=\"true\">").append(escape(initials.toString()))
                    .append("</span>").append(escape(name)).append("</span></li>");
        }
        return header.append("</ul></div></div></nav></header>\n").toString();
    }

    /** The first plugin web item in an admin area: where its tab leads. */
    private Optional<String> firstLinkIn(String area) {
        List<String> links = new ArrayList<>();
        for (PluginDescriptor.WebSection section : descriptor.webSections()) {
            if (section.location().equals(area)) {
                descriptor.webItems().stream().filter(item -> item.section().equals(section.path()))
                        .forEach(item -> links.add(href(item.link())));
            }
        }
        return links.stream().findFirst();
    }

    private String label(String key, String fallback) {
        return key == null ? fallback : descriptor.text(key);
    }

    private String href(String link) {
        return link.startsWith("/") ? contextPath + link : link;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}
