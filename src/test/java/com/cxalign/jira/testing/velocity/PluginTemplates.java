package com.cxalign.jira.testing.velocity;

import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.runtime.resource.loader.StringResourceLoader;
import org.apache.velocity.runtime.resource.util.StringResourceRepository;

/**
 * Renders the plugin's Velocity templates in tests with the REAL Velocity 1.7 engine, set up the way Jira's template
 * renderer (atlassian-template-renderer, {@code VelocityTemplateRendererImpl}; Jira runs Atlassian's Velocity 1.6
 * fork) sets it up for plugin templates:
 * <ul>
 *   <li>templates come from the class path ({@code ClasspathResourceLoader}), i.e. from the plugin's resources
 *       ({@code templates/admin/overview.vm} is {@code src/main/resources/templates/admin/overview.vm}), read as
 *       UTF-8; no global macro library;</li>
 *   <li>the default context is what the renderer's {@code TemplateContextFactory} adds: {@code context} (the
 *       context map itself) and the global template context items, of which a plugin template can rely on
 *       {@code i18n} (SAL's {@code I18nResolver}; here a {@link StrictI18n} over the plugin's
 *       {@code i18n/cx-align.properties}). The caller's entries come last and win. NOT provided: the renderer's
 *       {@code webResourceManager} (use {@code PageBuilderService} in Java instead) and Jira's own
 *       VelocityManager defaults ({@code req}, {@code baseurl}, {@code textutils}, {@code atl_token}), which
 *       {@code TemplateRenderer} templates do not get either;</li>
 *   <li>Jira HTML-ESCAPES every {@code $reference} a TemplateRenderer template inserts, except names ending in
 *       {@code Html} and a few others: mirrored by {@link HtmlEscapingReferenceHandler}, with
 *       {@code #disable_html_escaping()} / {@code #enable_html_escaping()}.</li>
 * </ul>
 * Stricter than Jira, so that tests catch mistakes Jira would only show on the page: references are STRICT
 * ({@code runtime.references.strict}): an undefined {@code $name} or an unknown method fails the rendering, while
 * quiet references {@code $!name} (see {@link QuietReferencesResourceManager}) and {@code #if($name)} stay allowed;
 * and {@code $i18n.getText} throws on an unknown key. Failures are {@link TemplateRenderingException}s whose message
 * names the reference or key.
 */
public final class PluginTemplates {

    private static final String FRAGMENT_REPOSITORY = PluginTemplates.class.getName() + ".fragments";
    private static final AtomicLong FRAGMENTS = new AtomicLong();
    private static final VelocityEngine ENGINE = createEngine();
    private static final StrictI18n PLUGIN_I18N = StrictI18n.forPlugin();

    private PluginTemplates() {
    }

    /** Renders a template of the plugin, e.g. {@code templates/admin/overview.vm}. */
    public static String render(String templatePath, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        render(templatePath, context, out);
        return out.toString();
    }

    /** Renders a template of the plugin into {@code writer}. */
    public static void render(String templatePath, Map<String, Object> context, Writer writer) {
        try {
            Template template = ENGINE.getTemplate(templatePath, "UTF-8");
            template.merge(velocityContext(context), writer);
            writer.flush();
        } catch (Exception e) {
            throw TemplateRenderingException.of(templatePath, e);
        }
    }

    /** Renders template text (not a file), as {@code TemplateRenderer.renderFragment} does. */
    public static String renderFragment(String fragment, Map<String, Object> context) {
        String name = "renderFragment-" + FRAGMENTS.incrementAndGet();
        StringResourceRepository repository = StringResourceLoader.getRepository(FRAGMENT_REPOSITORY);
        repository.putStringResource(name, fragment, "UTF-8");
        try {
            StringWriter out = new StringWriter();
            render(name, context, out);
            return out.toString();
        } finally {
            repository.removeStringResource(name);
        }
    }

    /** Whether the template exists on the class path (what {@code TemplateRenderer.resolve} answers). */
    public static boolean exists(String templatePath) {
        return PluginTemplates.class.getClassLoader().getResource(stripSlash(templatePath)) != null;
    }

    /** The entries every template gets before the caller's: {@code i18n} and {@code context}. */
    public static Map<String, Object> defaultContext() {
        Map<String, Object> context = new HashMap<>();
        context.put("context", context);
        context.put("i18n", PLUGIN_I18N);
        return context;
    }

    static VelocityContext velocityContext(Map<String, Object> params) {
        Map<String, Object> context = defaultContext();
        if (params != null) {
            context.putAll(params);
        }
        VelocityContext velocityContext = new VelocityContext(context);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlEscapingReferenceHandler());
        cartridge.attachToContext(velocityContext);
        return velocityContext;
    }

    private static VelocityEngine createEngine() {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath, fragment");
        engine.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("classpath.resource.loader.cache", "true");
        // renderFragment: the text is registered under a unique name and rendered like a template file
        engine.setProperty("fragment.resource.loader.class", StringResourceLoader.class.getName());
        engine.setProperty("fragment.resource.loader." + StringResourceLoader.REPOSITORY_NAME, FRAGMENT_REPOSITORY);
        engine.setProperty(RuntimeConstants.RESOURCE_MANAGER_CLASS, QuietReferencesResourceManager.class.getName());
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.VM_LIBRARY, "");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.addProperty("userdirective", DisableHtmlEscapingDirective.class.getName());
        engine.addProperty("userdirective", EnableHtmlEscapingDirective.class.getName());
        try {
            engine.init();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start Velocity", e);
        }
        return engine;
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** Rendering failed; the message carries Velocity's message and that of the exception a method threw. */
    public static final class TemplateRenderingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TemplateRenderingException(String message, Throwable cause) {
            super(message, cause);
        }

        static TemplateRenderingException of(String what, Exception e) {
            StringBuilder message = new StringBuilder("Cannot render ").append(what).append(": ")
                    .append(e.getMessage());
            Throwable cause = e instanceof MethodInvocationException ? e.getCause() : null;
            if (cause != null && cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(" (").append(cause).append(')');
            }
            return new TemplateRenderingException(message.toString(), e);
        }
    }
}
