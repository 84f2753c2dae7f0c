package com.cxalign.jira.admin;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.cxalign.jira.platform.PluginKey;

/**
 * Jira administration → CX Align → CX setup: what CX Align made in Jira (its issue types, link type and fields, and
 * whether each is still there), and "Set up a CX project". Served at {@code /plugins/servlet/cx-align/admin/setup}.
 * Like the catalogue's pages (see {@link CatalogAdminPage}) it is an empty frame whose script loads everything from
 * the REST API ({@code /rest/cx-align/1.0/setup}); it has a web resource of its own, on top of the catalogue's
 * shared page helpers.
 */
@AdminOnly
public class SetupServlet extends CatalogAdminPage {

    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "templates/admin/setup.vm";
    static final String SETUP_WEB_RESOURCE = PluginKey.module("admin-setup-resources");

    public SetupServlet(AdminPageGuard guard, TemplateRenderer templateRenderer, PageBuilderService pageBuilderService) {
        super(guard, templateRenderer, pageBuilderService);
    }

    @Override
    String template() {
        return TEMPLATE;
    }

    @Override
    String webResource() {
        return SETUP_WEB_RESOURCE;
    }
}
