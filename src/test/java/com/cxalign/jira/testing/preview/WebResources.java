package com.cxalign.jira.testing.preview;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira's web-resource manager, as far as the preview needs it. Serves, under {@code /download/resources/}:
 * <ul>
 *   <li>{@code <pluginKey>:<module>/<name>}: a download resource DECLARED in the plugin's built descriptor, read from
 *       the plugin's class path (undeclared names are 404, as in Jira); JavaScript of a web resource that declares
 *       the {@code jsI18n} transformer goes through {@link JsI18nTransformer} (an unknown key is a 500);</li>
 *   <li>{@code com.atlassian.auiplugin:ajs/<file>}: AUI's prototyping bundle and the fonts and images it loads, from
 *       {@code src/test/browser/node_modules/@atlassian/aui/dist/aui/};</li>
 *   <li>{@code com.atlassian.plugins.jquery:jquery/jquery.js}: the jQuery AUI runs on, from
 *       {@code node_modules/jquery/dist/}.</li>
 * </ul>
 * and turns the web resources a request required into ordered CSS and JS URLs (dependencies first).
 */
final class WebResources extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/download/resources";
    static final String AUI_KEY = "com.atlassian.auiplugin:ajs";
    static final String JQUERY_KEY = "com.atlassian.plugins.jquery:jquery";

    /** What Jira's AUI bundle stands for: every com.atlassian.auiplugin web resource, plus jQuery. */
    static final List<String> HOST_CSS = List.of(PATH + "/" + AUI_KEY + "/aui-prototyping.css");
    static final List<String> HOST_JS = List.of(PATH + "/" + JQUERY_KEY + "/jquery.js",
            PATH + "/" + AUI_KEY + "/aui-prototyping.js");

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("css", "text/css;charset=UTF-8"),
            Map.entry("js", "application/javascript;charset=UTF-8"),
            Map.entry("map", "application/json;charset=UTF-8"),
            Map.entry("json", "application/json;charset=UTF-8"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("eot", "application/vnd.ms-fontobject"));

    /** Ordered page resources: stylesheets and scripts, as context-relative URLs. */
    static final class Resolved {
        final List<String> css = new ArrayList<>();
        final List<String> js = new ArrayList<>();
    }

    private final transient PluginDescriptor descriptor;
    private final transient ClassLoader plugin;
    private final transient Path auiDist;
    private final transient Path jqueryDist;
    private final transient JsI18nTransformer jsI18n;

    WebResources(PluginDescriptor descriptor, ClassLoader plugin, Path nodeModules) {
        this.descriptor = descriptor;
        this.plugin = plugin;
        this.auiDist = nodeModules.resolve("@atlassian/aui/dist/aui").toAbsolutePath().normalize();
        this.jqueryDist = nodeModules.resolve("jquery/dist").toAbsolutePath().normalize();
        this.jsI18n = new JsI18nTransformer(descriptor.texts());
        for (Path required : List.of(auiDist.resolve("aui-prototyping.js"), auiDist.resolve("aui-prototyping.css"),
                jqueryDist.resolve("jquery.js"))) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(required + " is missing: AUI and jQuery come from npm. Run "
                        + "`mvn -B test-compile` (its generate-test-resources phase runs `npm ci` in src/test/browser) "
                        + "or `npm ci` in src/test/browser yourself.");
            }
        }
    }

    /**
     * AUI and jQuery first (Jira's admin decorator always has them), then the required plugin web resources with
     * their dependencies before them, each once.
     *
     * @throws IllegalStateException for a key the descriptor does not declare or a dependency the preview lacks
     */
    Resolved resolve(Collection<String> required) {
        Resolved resolved = new Resolved();
        resolved.css.addAll(HOST_CSS);
        resolved.js.addAll(HOST_JS);
        Set<String> done = new LinkedHashSet<>();
        for (String key : required) {
            add(key, resolved, done, new LinkedHashSet<>());
        }
        return resolved;
    }

    private void add(String key, Resolved resolved, Set<String> done, Set<String> path) {
        if (done.contains(key) || isHostProvided(key)) {
            return;
        }
        if (!path.add(key)) {
            throw new IllegalStateException("Web-resource dependency cycle: " + path + " → " + key);
        }
        PluginDescriptor.WebResource resource = descriptor.webResource(key).orElseThrow(() ->
                new IllegalStateException("Web resource '" + key + "' was required, but "
                        + (key.startsWith(descriptor.pluginKey() + ":")
                        ? "atlassian-plugin.xml declares no <web-resource> with that key"
                        : "the preview provides only AUI (" + AUI_KEY + " and the rest of com.atlassian.auiplugin) "
                        + "and jQuery (" + JQUERY_KEY + ") from outside the plugin")));
        for (String dependency : resource.dependencies()) {
            add(dependency, resolved, done, path);
        }
        done.add(key);
        for (String name : resource.downloads().keySet()) {
            String url = PATH + "/" + key + "/" + name;
            if (name.endsWith(".css")) {
                resolved.css.add(url);
            } else if (name.endsWith(".js")) {
                resolved.js.add(url);
            }
        }
    }

    private static boolean isHostProvided(String key) {
        return key.startsWith("com.atlassian.auiplugin:") || key.equals(JQUERY_KEY);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        int slash = path.indexOf('/', 1);
        if (slash < 0 || path.contains("..")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String key = path.substring(1, slash);
        String name = path.substring(slash + 1);
        if (key.equals(AUI_KEY)) {
            serveFile(response, auiDist, name);
        } else if (key.equals(JQUERY_KEY)) {
            serveFile(response, jqueryDist, name);
        } else {
            servePluginResource(response, key, name);
        }
    }

    private void servePluginResource(HttpServletResponse response, String key, String name) throws IOException {
        Optional<PluginDescriptor.WebResource> resource = descriptor.webResource(key);
        Optional<String> location = resource.flatMap(declared -> declared.location(name));
        if (location.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "atlassian-plugin.xml declares no download resource '"
                    + name + "' in web resource '" + key + "'");
            return;
        }
        byte[] content;
        try (InputStream in = plugin.getResourceAsStream(location.get())) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "Web resource '" + key + "' declares '" + name
                        + "' at " + location.get() + ", which is not in the plugin");
                return;
            }
            content = in.readAllBytes();
        }
        if (resource.get().transforms(name, "jsI18n")) {
            try {
                content = jsI18n.transform(location.get(), new String(content, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
            } catch (JsI18nTransformer.UnknownKeyException e) {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getMessage());
                return;
            }
        }
        send(response, name, content);
    }

    private static void serveFile(HttpServletResponse response, Path root, String name) throws IOException {
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, name, Files.readAllBytes(file));
    }

    private static void send(HttpServletResponse response, String name, byte[] content) throws IOException {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        response.setContentType(CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
