package com.cxalign.jira.admin;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

/**
 * Jira administration → CX Align → Mission &amp; goals: the CX mission statement, the business goals and the
 * metrics that measure them. Served at {@code /plugins/servlet/cx-align/admin/catalog}; its data comes from the
 * REST API (see {@link CatalogAdminPage}).
 */
@AdminOnly
public class MissionGoalsServlet extends CatalogAdminPage {

    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "templates/admin/catalog.vm";

    public MissionGoalsServlet(AdminPageGuard guard, TemplateRenderer templateRenderer,
                               PageBuilderService pageBuilderService) {
        super(guard, templateRenderer, pageBuilderService);
    }

    @Override
    String template() {
        return TEMPLATE;
    }
}
