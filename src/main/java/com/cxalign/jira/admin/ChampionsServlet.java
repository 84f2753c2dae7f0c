package com.cxalign.jira.admin;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

/**
 * Jira administration → CX Align → Champions: the CX champions roster per department, with the start and end of each
 * term so that rotation stays visible. Served at {@code /plugins/servlet/cx-align/admin/champions}; its data comes
 * from the REST API (see {@link CatalogAdminPage}).
 */
@AdminOnly
public class ChampionsServlet extends CatalogAdminPage {

    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "templates/admin/champions.vm";

    public ChampionsServlet(AdminPageGuard guard, TemplateRenderer templateRenderer,
                            PageBuilderService pageBuilderService) {
        super(guard, templateRenderer, pageBuilderService);
    }

    @Override
    String template() {
        return TEMPLATE;
    }
}
