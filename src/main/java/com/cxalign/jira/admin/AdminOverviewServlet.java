package com.cxalign.jira.admin;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.cxalign.jira.platform.BuildInfo;
import com.cxalign.jira.platform.PluginKey;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The first page under Jira administration → CX Align: which version is installed and where the documentation is.
 * Served at {@code /plugins/servlet/cx-align/admin}. {@link AdminOnly} lets Jira's Platform 7 endpoint security turn
 * non-admins away too; {@link AdminPageGuard} still checks, and adds the login redirect and WebSudo.
 */
@AdminOnly
public class AdminOverviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "templates/admin/overview.vm";
    static final String WEB_RESOURCE = PluginKey.module("admin-resources");

    private final transient AdminPageGuard guard;
    private final transient TemplateRenderer templateRenderer;
    private final transient PageBuilderService pageBuilderService;
    private final transient BuildInfo buildInfo;

    public AdminOverviewServlet(AdminPageGuard guard, TemplateRenderer templateRenderer,
                                PageBuilderService pageBuilderService, BuildInfo buildInfo) {
        this.guard = guard;
        this.templateRenderer = templateRenderer;
        this.pageBuilderService = pageBuilderService;
        this.buildInfo = buildInfo;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admit(request, response)) {
            return;
        }
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
        Map<String, Object> context = new HashMap<>();
        context.put("version", buildInfo.getVersion());
        context.put("docsUrl", buildInfo.getDocsUrl());
        response.setContentType("text/html;charset=UTF-8");
        templateRenderer.render(TEMPLATE, context, response.getWriter());
    }
}
