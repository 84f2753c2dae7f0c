package com.cxalign.jira.testing.velocity;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.Map;

/**
 * A real {@link TemplateRenderer} for tests: renders the plugin's templates with {@link PluginTemplates} (the real
 * Velocity engine, set up like Jira's, with HTML auto-escaping, strict references and a strict {@code $i18n}), so a
 * servlet test sees the page the servlet would produce in Jira. Failures surface as {@link RenderingException}s, as
 * in Jira, whose message names the undefined reference or unknown i18n key.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    @Override
    public void render(String templateName, Writer writer) throws RenderingException, IOException {
        render(templateName, Collections.emptyMap(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException {
        try {
            PluginTemplates.render(templateName, context, writer);
        } catch (PluginTemplates.TemplateRenderingException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw new RenderingException(e.getMessage(), e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) throws RenderingException {
        try {
            return PluginTemplates.renderFragment(fragment, context);
        } catch (PluginTemplates.TemplateRenderingException e) {
            throw new RenderingException(e.getMessage(), e);
        }
    }

    @Override
    public boolean resolve(String templateName) {
        return PluginTemplates.exists(templateName);
    }
}
