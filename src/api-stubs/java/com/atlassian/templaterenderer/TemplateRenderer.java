package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.templaterenderer.TemplateRenderer}
 * (atlassian-template-renderer-api). These four methods are the whole interface; templates are loaded from the
 * plugin's class path.
 */
public interface TemplateRenderer {

    /** Renders the template with a default context (i18n, web resources). */
    void render(String templateName, Writer writer) throws RenderingException, IOException;

    /** Renders the template with the given context plus the default entries. */
    void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException;

    /** Renders a template fragment (template source text, not a file name). */
    String renderFragment(String fragment, Map<String, Object> context) throws RenderingException;

    /** @return whether the template exists */
    boolean resolve(String templateName);
}
