package com.cxalign.jira.admin;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.cxalign.jira.platform.PluginKey;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * What the catalogue's admin pages (mission and goals, readings, audit log) share: they are thin. The guard lets only
 * administrators in, the page requires the catalogue's scripts and styles, and the template renders an empty
 * AUI page with its texts; the page's JavaScript then loads every piece of data from the REST API
 * ({@code /rest/cx-align/1.0}), so that the page and other clients see the same rules and errors.
 *
 * <p>The template gets two plain strings: {@code restUrl} (the REST API's base URL) and {@code adminUrl} (the base
 * URL of CX Align's admin pages, for links between them), both escaped by the template renderer.
 */
abstract class CatalogAdminPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String WEB_RESOURCE = PluginKey.module("admin-catalog-resources");
    static final String REST_PATH = "/rest/cx-align/1.0";
    static final String ADMIN_PATH = "/plugins/servlet/cx-align/admin";

    private final transient AdminPageGuard guard;
    private final transient TemplateRenderer templateRenderer;
    private final transient PageBuilderService pageBuilderService;

    CatalogAdminPage(AdminPageGuard guard, TemplateRenderer templateRenderer, PageBuilderService pageBuilderService) {
        this.guard = guard;
        this.templateRenderer = templateRenderer;
        this.pageBuilderService = pageBuilderService;
    }

    /** The page's Velocity template, e.g. {@code templates/admin/catalog.vm}. */
    abstract String template();

    /** The web resource with the page's scripts and styles; the catalogue's unless a page has its own. */
    String webResource() {
        return WEB_RESOURCE;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admit(request, response)) {
            return;
        }
        pageBuilderService.assembler().resources().requireWebResource(webResource());
        response.setContentType("text/html;charset=UTF-8");
        templateRenderer.render(template(), context(request.getContextPath()), response.getWriter());
    }

    static Map<String, Object> context(String contextPath) {
        String base = contextPath == null ? "" : contextPath;
        Map<String, Object> context = new HashMap<>();
        context.put("restUrl", base + REST_PATH);
        context.put("adminUrl", base + ADMIN_PATH);
        return context;
    }
}
