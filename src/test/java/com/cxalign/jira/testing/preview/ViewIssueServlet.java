package com.cxalign.jira.testing.preview;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.templaterenderer.TemplateRenderer;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /jira/browse/<issue key>}: a stand-in for Jira's view issue page, shaped like Jira's (issue header with
 * breadcrumbs, summary and command bar; a main column with Details and Description; the right column), with the
 * plugin's web panels where the descriptor puts them ({@code atl.jira.view.issue.left.context} below Description,
 * {@code atl.jira.view.issue.right.context} in the right column), by weight. Each panel is rendered as Jira renders
 * it: its condition decides whether it shows, its context provider turns Jira's context ({@code issue}) into the
 * template's, and its view template is rendered by the real Velocity renderer, in Jira's module markup
 * ({@code .module > .mod-header + .mod-content}). The page requires the web resources of the contexts
 * {@code atl.general} and {@code jira.view.issue}. Jira's own parts of the page (the workflow, people, dates, the
 * activity) are inert placeholders.
 */
final class ViewIssueServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/browse";
    static final String LEFT = "atl.jira.view.issue.left.context";
    static final String RIGHT = "atl.jira.view.issue.right.context";

    /** A web panel of the descriptor with the instances Jira would build for it. */
    static final class MountedPanel {
        final PluginDescriptor.WebPanel module;
        final ContextProvider contextProvider;
        final Condition condition;

        MountedPanel(PluginDescriptor.WebPanel module, ContextProvider contextProvider, Condition condition) {
            this.module = module;
            this.contextProvider = contextProvider;
            this.condition = condition;
        }
    }

    private final transient PageShell shell;
    private final transient WebResources webResources;
    private final transient PluginDescriptor descriptor;
    private final transient TemplateRenderer templateRenderer;
    private final transient Map<String, PreviewIssue> issues;
    private final transient List<MountedPanel> panels;
    private final transient Supplier<PreviewUser> currentUser;

    ViewIssueServlet(PageShell shell, WebResources webResources, PluginDescriptor descriptor,
                     TemplateRenderer templateRenderer, Map<String, PreviewIssue> issues, List<MountedPanel> panels,
                     Supplier<PreviewUser> currentUser) {
        this.shell = shell;
        this.webResources = webResources;
        this.descriptor = descriptor;
        this.templateRenderer = templateRenderer;
        this.issues = issues;
        this.panels = new ArrayList<>(panels);
        this.panels.sort((a, b) -> Integer.compare(a.module.weight(), b.module.weight()));
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        PreviewIssue issue = issues.get(path.startsWith("/") ? path.substring(1) : path);
        if (issue == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no issue " + path.replace("/", "")
                    + " in this preview; it shows " + issues.keySet());
            return;
        }
        String left = panelsAt(LEFT, issue);
        String right = panelsAt(RIGHT, issue);
        List<String> required = new ArrayList<>(descriptor.webResourcesInContext("atl.general"));
        required.addAll(descriptor.webResourcesInContext("jira.view.issue"));
        String html = shell.issuePage("[" + issue.key() + "] " + issue.summary(), body(issue, left, right),
                webResources.resolve(required), currentUser.get());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    private String panelsAt(String location, PreviewIssue issue) throws IOException {
        StringBuilder html = new StringBuilder();
        for (MountedPanel panel : panels) {
            if (!panel.module.location().equals(location)) {
                continue;
            }
            Map<String, Object> context = new HashMap<>();
            context.put("issue", issue.jiraIssue());
            if (panel.condition != null && !panel.condition.shouldDisplay(context)) {
                continue;
            }
            Map<String, Object> templateContext = panel.contextProvider == null ? context
                    : panel.contextProvider.getContextMap(context);
            StringWriter content = new StringWriter();
            templateRenderer.render(panel.module.template(), templateContext, content);
            String key = PageShell.escape(panel.module.key());
            html.append("<div id=\"").append(key).append("\" class=\"module toggle-wrap\" data-module-key=\"")
                    .append(PageShell.escape(descriptor.pluginKey() + ":" + panel.module.key())).append("\">")
                    .append("<div id=\"").append(key).append("_heading\" class=\"mod-header\">")
                    .append("<h4 class=\"toggle-title\">")
                    .append(PageShell.escape(panel.module.labelKey() == null ? panel.module.key()
                            : descriptor.text(panel.module.labelKey())))
                    .append("</h4></div>\n<div class=\"mod-content\">").append(content).append("</div></div>\n");
        }
        return html.toString();
    }

    private String body(PreviewIssue issue, String leftPanels, String rightPanels) {
        String key = PageShell.escape(issue.key());
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">")
                .append("<section class=\"aui-page-panel-content issue-container\">")
                .append("<div class=\"issue-view\" id=\"cx-preview-issue\" data-issue-key=\"").append(key).append("\">\n");
        html.append("<header id=\"stalker\" class=\"issue-header\"><div class=\"issue-header-content\">")
                .append("<div class=\"aui-page-header\"><div class=\"aui-page-header-inner\">")
                .append("<div class=\"aui-page-header-image\"><span class=\"cx-preview-project-avatar\" aria-hidden=\"true\">")
                .append(PageShell.escape(issue.projectKey())).append("</span></div>")
                .append("<div class=\"aui-page-header-main\"><ol class=\"aui-nav aui-nav-breadcrumbs\">")
                .append("<li><a id=\"project-name-val\" href=\"#\">").append(PageShell.escape(issue.projectName()))
                .append("</a></li><li><a class=\"issue-link\" id=\"key-val\" href=\"")
                .append(PageShell.escape(PluginPageServer.CONTEXT_PATH + PATH + "/" + issue.key())).append("\">")
                .append(key).append("</a></li></ol>")
                .append("<h1 id=\"summary-val\">").append(PageShell.escape(issue.summary())).append("</h1></div>")
                .append("</div></div>")
                .append("<div class=\"command-bar\" aria-label=\"Issue actions (inert in the preview)\">")
                .append("<div class=\"aui-buttons\"><button type=\"button\" class=\"aui-button\" disabled>Edit</button>")
                .append("<button type=\"button\" class=\"aui-button\" disabled>Comment</button></div>")
                .append("<div class=\"aui-buttons\"><button type=\"button\" class=\"aui-button\" disabled>Assign</button>")
                .append("<button type=\"button\" class=\"aui-button\" disabled>More</button></div>")
                .append("<div class=\"aui-buttons\"><button type=\"button\" class=\"aui-button\" disabled>Workflow</button></div>")
                .append("</div></div></header>\n");
        html.append("<div class=\"issue-body-content\"><div class=\"aui-group issue-body\">");
        html.append("<div class=\"aui-item issue-main-column\">");
        html.append(module("details-module", "Details", details(issue)));
        if (issue.description() != null) {
            html.append(module("descriptionmodule", "Description",
                    "<div class=\"user-content-block\"><p>" + PageShell.escape(issue.description()) + "</p></div>"));
        }
        html.append(leftPanels);
        html.append(module("activitymodule", "Activity",
                "<p class=\"cx-preview-quiet\">Jira's comments, history and work log would be here.</p>"));
        html.append("</div>\n<div id=\"viewissuesidebar\" class=\"aui-item issue-side-column\">");
        html.append(module("peoplemodule", "People", "<ul class=\"item-details\">"
                + "<li><dl><dt>Assignee:</dt><dd>Unassigned</dd></dl></li>"
                + "<li><dl><dt>Reporter:</dt><dd>" + PageShell.escape(reporter()) + "</dd></dl></li></ul>"));
        html.append(rightPanels);
        html.append("</div></div></div>\n</div></section></div></div>\n");
        return html.toString();
    }

    private String reporter() {
        PreviewUser user = currentUser.get();
        return user.userKey() == null ? PreviewUser.ADMIN.displayName() : user.displayName();
    }

    private static String details(PreviewIssue issue) {
        StringBuilder html = new StringBuilder("<ul class=\"property-list\" id=\"issuedetails\">");
        item(html, "type-val", "Type", PageShell.escape(issue.issueTypeName()));
        item(html, "status-val", "Status", issue.status() == null ? "" : "<span class=\"aui-lozenge "
                + "aui-lozenge-subtle" + statusColour(issue.status()) + "\">" + PageShell.escape(issue.status())
                + "</span>");
        html.append("</ul>");
        if (!issue.details().isEmpty()) {
            html.append("<ul class=\"property-list cx-preview-custom-fields\" id=\"customfieldmodule\">");
            issue.details().forEach((name, value) -> item(html, null, name, PageShell.escape(value)));
            html.append("</ul>");
        }
        return html.toString();
    }

    /** Jira's status category colours: done green, in progress blue, to do grey. */
    private static String statusColour(String status) {
        String name = status.toLowerCase(java.util.Locale.ROOT);
        if (name.equals("done") || name.equals("closed") || name.equals("resolved")) {
            return " aui-lozenge-success";
        }
        return name.equals("to do") || name.equals("open") || name.equals("backlog") ? "" : " aui-lozenge-inprogress";
    }

    private static void item(StringBuilder html, String id, String name, String valueHtml) {
        html.append("<li class=\"item\"><div class=\"wrap\"><strong class=\"name\">").append(PageShell.escape(name))
                .append(":</strong><span class=\"value\"").append(id == null ? "" : " id=\"" + id + "\"").append(">")
                .append(valueHtml).append("</span></div></li>");
    }

    private static String module(String id, String title, String contentHtml) {
        return "<div id=\"" + id + "\" class=\"module toggle-wrap\"><div id=\"" + id + "_heading\" class=\"mod-header\">"
                + "<h4 class=\"toggle-title\">" + PageShell.escape(title) + "</h4></div>"
                + "<div class=\"mod-content\">" + contentHtml + "</div></div>\n";
    }
}
