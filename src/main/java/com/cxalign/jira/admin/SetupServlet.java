package com.cxalign.jira.admin;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.cxalign.jira.platform.PluginKey;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira administration → CX Align → CX setup: what CX Align made in Jira (its issue types, link type and fields, and
 * whether each is still there), and "Set up a CX project". Served at {@code /plugins/servlet/cx-align/admin/setup}.
 * Like the catalogue's pages (see {@link CatalogAdminPage}) it is an empty frame whose script loads everything from
 * the REST API ({@code /rest/cx-align/1.0/setup}); it has a web resource of its own, on top of the catalogue's
 * shared page helpers.
 */
@AdminOnly
public class SetupServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "templates/admin/setup.vm";
    static final String WEB_RESOURCE = PluginKey.module("admin-setup-resources");

    private final transient AdminPageGuard guard;
    private final transient TemplateRenderer templateRenderer;
    private final transient PageBuilderService pageBuilderService;

    public SetupServlet(AdminPageGuard guard, TemplateRenderer templateRenderer, PageBuilderService pageBuilderService) {
        this.guard = guard;
        this.templateRenderer = templateRenderer;
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admit(request, response)) {
            return;
        }
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
        response.setContentType("text/html;charset=UTF-8");
        templateRenderer.render(TEMPLATE, CatalogAdminPage.context(request.getContextPath()), response.getWriter());
    }
}
