package com.cxalign.jira.admin;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

/**
 * Jira administration → CX Align → Audit log: who changed what in the catalogue, newest first. Served at
 * {@code /plugins/servlet/cx-align/admin/audit}; its data comes from the REST API (see {@link CatalogAdminPage}).
 */
@AdminOnly
public class AuditLogServlet extends CatalogAdminPage {

    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "templates/admin/audit.vm";

    public AuditLogServlet(AdminPageGuard guard, TemplateRenderer templateRenderer,
                           PageBuilderService pageBuilderService) {
        super(guard, templateRenderer, pageBuilderService);
    }

    @Override
    String template() {
        return TEMPLATE;
    }
}
