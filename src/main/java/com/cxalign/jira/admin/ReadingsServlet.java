package com.cxalign.jira.admin;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

/**
 * Jira administration → CX Align → Readings: record measured values of the metrics and see the latest ones.
 * Served at {@code /plugins/servlet/cx-align/admin/readings}; its data comes from the REST API (see
 * {@link CatalogAdminPage}).
 */
@AdminOnly
public class ReadingsServlet extends CatalogAdminPage {

    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "templates/admin/readings.vm";

    public ReadingsServlet(AdminPageGuard guard, TemplateRenderer templateRenderer,
                           PageBuilderService pageBuilderService) {
        super(guard, templateRenderer, pageBuilderService);
    }

    @Override
    String template() {
        return TEMPLATE;
    }
}
