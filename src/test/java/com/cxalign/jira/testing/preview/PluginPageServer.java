package com.cxalign.jira.testing.preview;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.cxalign.jira.platform.BuildInfo;
import com.cxalign.jira.testing.velocity.VelocityTemplateRenderer;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.rules.ExternalResource;

/**
 * A stand-in for Jira that serves the plugin's pages the way Jira presents them, for browser tests and for people to
 * look at ({@link PreviewMain}). A real Jetty server on 127.0.0.1 with context path {@code /jira}:
 * <ul>
 *   <li>{@code /jira/plugins/servlet/...}: the plugin's servlet INSTANCES, each mounted at the URL patterns its
 *       {@code <servlet>} module declares in the built descriptor; HTML asking for the {@code atl.admin} decorator
 *       is wrapped in a Jira-like AUI admin page ({@link PageShell}) with AUI and every web resource the servlet
 *       required through {@link PreviewServices#pageBuilderService()};</li>
 *   <li>{@code /jira/download/resources/<plugin>:<module>/<name>}: the download resources the descriptor declares
 *       (jsI18n applied), and AUI and jQuery from {@code src/test/browser/node_modules} ({@link WebResources});</li>
 *   <li>{@code /jira/rest/cx-align/1.0/*}: JAX-RS resources and providers in Jersey, if any were added;</li>
 *   <li>{@code /jira/browse/<issue key>}: a stand-in for Jira's view issue page ({@link ViewIssueServlet}) for each
 *       {@link PreviewIssue} added, with the plugin's web panels for that page, each built from the descriptor's
 *       {@code <web-panel>} with the context provider and condition INSTANCES given;</li>
 *   <li>{@code /jira/secure/Dashboard.jspa}: a stand-in for a Jira dashboard ({@link DashboardServlet}) with the
 *       descriptor's {@code <dashboard-item>}s added, each built from its AMD module over a stand-in API that
 *       records its calls; {@code /jira/rest/api/2/project}: Jira's "projects I may browse", if given;</li>
 *   <li>{@code /jira/} an index of the pages, {@code /jira/login.jsp} a stand-in log-in page, Jira-like error
 *       pages.</li>
 * </ul>
 * The signed-in user is a {@link PreviewUser} (changeable while running); WebSudo is always granted.
 *
 * <pre>
 * &#64;Rule public final PluginPageServer jira = PluginPageServer.builder()
 *         .install(PreviewModules.ADMIN_OVERVIEW)
 *         .signedInAs(PreviewUser.ADMIN)
 *         .build();
 * ... jira.url("/plugins/servlet/cx-align/admin") ...
 * </pre>
 * As a JUnit rule it starts before each test and stops after it; otherwise call {@link #start()} and
 * {@link #stop()} (or {@link #close()}).
 */
public final class PluginPageServer extends ExternalResource implements AutoCloseable {

    public static final String CONTEXT_PATH = "/jira";
    public static final String SERVLET_PATH = "/plugins/servlet";
    public static final String REST_PATH = "/rest/cx-align/1.0";

    /** Builds a {@link PluginPageServer}; every page and REST factory is called once, at {@link #build()}. */
    public static final class Builder {
        private int port;
        private PreviewUser user = PreviewUser.ADMIN;
        private BuildInfo buildInfo;
        private ClassLoader plugin = PluginPageServer.class.getClassLoader();
        private Path nodeModules;
        private final Map<String, Function<PreviewServices, ? extends HttpServlet>> servlets = new LinkedHashMap<>();
        private final List<Function<PreviewServices, ?>> rest = new ArrayList<>();
        private final Map<String, PanelFactories> webPanels = new LinkedHashMap<>();
        private final Map<String, PreviewIssue> issues = new LinkedHashMap<>();
        private final List<AutoCloseable> closeables = new ArrayList<>();
        private final Map<String, Map<String, String>> dashboardItems = new LinkedHashMap<>();
        private Function<PreviewUser, List<PreviewProject>> projects;

        private Builder() {
        }

        /** The port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Who is signed in at start (default {@link PreviewUser#ADMIN}). */
        public Builder signedInAs(PreviewUser user) {
            this.user = Objects.requireNonNull(user, "user");
            return this;
        }

        /** The build facts the plugin's classes get (default: the plugin's own, {@link BuildInfo#load()}). */
        public Builder buildInfo(BuildInfo buildInfo) {
            this.buildInfo = buildInfo;
            return this;
        }

        /**
         * Where the plugin's descriptor, i18n, templates' neighbours and web resources are read from (default: the
         * test class path, i.e. target/classes). Tests of the preview itself pass a loader over fixture files.
         */
        public Builder pluginClassLoader(ClassLoader plugin) {
            this.plugin = Objects.requireNonNull(plugin, "plugin");
            return this;
        }

        /** The npm folder with {@code @atlassian/aui} and {@code jquery} (default src/test/browser/node_modules). */
        public Builder nodeModules(Path nodeModules) {
            this.nodeModules = nodeModules;
            return this;
        }

        /**
         * Mounts the servlet of the descriptor's {@code <servlet key="moduleKey">} at its URL patterns, built by
         * {@code factory} from the preview's services. Fails at {@link #build()} if the descriptor has no such
         * module or names another class.
         */
        public Builder withServlet(String moduleKey, Function<PreviewServices, ? extends HttpServlet> factory) {
            if (servlets.put(moduleKey, Objects.requireNonNull(factory, "factory")) != null) {
                throw new IllegalArgumentException("Servlet module " + moduleKey + " added twice");
            }
            return this;
        }

        /** As {@link #withServlet(String, Function)}, for a servlet built already. */
        public Builder withServlet(String moduleKey, HttpServlet servlet) {
            return withServlet(moduleKey, services -> servlet);
        }

        /** JAX-RS resource and provider instances, served by Jersey under {@code /jira/rest/cx-align/1.0/}. */
        public Builder withRestResources(Object... resourcesAndProviders) {
            for (Object instance : resourcesAndProviders) {
                Objects.requireNonNull(instance, "REST resource or provider");
                rest.add(services -> instance);
            }
            return this;
        }

        /** A JAX-RS resource or provider built from the preview's services. */
        public Builder withRestResource(Function<PreviewServices, ?> factory) {
            rest.add(Objects.requireNonNull(factory, "factory"));
            return this;
        }

        /**
         * Shows the descriptor's {@code <web-panel key="moduleKey">} on the view issue pages, with the context provider
         * and condition that the factories build from the preview's services (a factory may be null only when the
         * descriptor declares no such element). Fails at {@link #build()} if the descriptor has no such module or
         * names other classes; {@code init} is called on both with no parameters, as Jira does.
         */
        public Builder withWebPanel(String moduleKey,
                                    Function<PreviewServices, ? extends ContextProvider> contextProvider,
                                    Function<PreviewServices, ? extends Condition> condition) {
            if (webPanels.put(moduleKey, new PanelFactories(contextProvider, condition)) != null) {
                throw new IllegalArgumentException("Web panel module " + moduleKey + " added twice");
            }
            return this;
        }

        /** An issue shown at {@code /jira/browse/<key>}, with the web panels added. */
        public Builder withIssue(PreviewIssue issue) {
            if (issues.put(Objects.requireNonNull(issue, "issue").key(), issue) != null) {
                throw new IllegalArgumentException("Issue " + issue.key() + " added twice");
            }
            return this;
        }

        /**
         * Puts the descriptor's {@code <dashboard-item key="moduleKey">} on the stand-in dashboard
         * ({@code /jira/secure/Dashboard.jspa}), starting with these preferences (Jira keeps them as strings; empty:
         * not configured yet, so a configurable item opens in its edit view). Fails at {@link #build()} if the
         * descriptor has no such module.
         */
        public Builder withDashboardItem(String moduleKey, Map<String, String> preferences) {
            if (dashboardItems.put(moduleKey, Map.copyOf(preferences)) != null) {
                throw new IllegalArgumentException("Dashboard item " + moduleKey + " added twice");
            }
            return this;
        }

        /** Serves {@code /jira/rest/api/2/project} (Jira's "projects I may browse") from this function. */
        public Builder withProjects(Function<PreviewUser, List<PreviewProject>> projects) {
            this.projects = Objects.requireNonNull(projects, "projects");
            return this;
        }

        /** Adds what the modules contribute. */
        public Builder install(PreviewModule... modules) {
            for (PreviewModule module : modules) {
                module.install(this);
            }
            return this;
        }

        /** Adds what the modules contribute. */
        public Builder install(List<PreviewModule> modules) {
            return install(modules.toArray(new PreviewModule[0]));
        }

        /** Closed when the server stops (sample databases and the like). */
        public Builder closeOnStop(AutoCloseable closeable) {
            closeables.add(Objects.requireNonNull(closeable, "closeable"));
            return this;
        }

        public PluginPageServer build() {
            return new PluginPageServer(this);
        }
    }

    private record PanelFactories(Function<PreviewServices, ? extends ContextProvider> contextProvider,
                                  Function<PreviewServices, ? extends Condition> condition) {
    }

    private final AtomicReference<PreviewUser> currentUser;
    private final PluginDescriptor descriptor;
    private final PreviewServices services;
    private final Server server;
    private final ServerConnector connector;
    private final Map<String, List<String>> servletPaths = new LinkedHashMap<>();
    private final List<AutoCloseable> closeables;
    private final boolean hasRest;
    private final Map<String, PreviewIssue> issues;
    private final List<String> dashboardItemKeys;

    private PluginPageServer(Builder builder) {
        currentUser = new AtomicReference<>(builder.user);
        closeables = List.copyOf(builder.closeables);
        descriptor = PluginDescriptor.read(builder.plugin);
        RecordingPageBuilderService pageBuilderService = new RecordingPageBuilderService();
        UserManager userManager = SalFakes.userManager(currentUser::get);
        LoginUriProvider loginUriProvider = SalFakes.loginUriProvider(CONTEXT_PATH);
        WebSudoManager webSudoManager = SalFakes.webSudoManager();
        services = new PreviewServices(userManager, loginUriProvider, webSudoManager, pageBuilderService,
                new VelocityTemplateRenderer(), builder.buildInfo != null ? builder.buildInfo : BuildInfo.load(),
                descriptor, SalFakes.localeResolver(),
                SalFakes.applicationProperties(CONTEXT_PATH, () -> baseUrl().toString()));

        WebResources webResources = new WebResources(descriptor, builder.plugin,
                builder.nodeModules != null ? builder.nodeModules : defaultNodeModules(builder.plugin));
        PageShell shell = new PageShell(descriptor, CONTEXT_PATH);

        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(builder.port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath(CONTEXT_PATH);
        context.setErrorHandler(new PreviewErrorHandler(shell, webResources, currentUser::get));
        context.addServlet(new ServletHolder("web-resources", webResources), WebResources.PATH + "/*");
        context.addFilter(new FilterHolder(new PageDecoratorFilter(pageBuilderService, webResources, shell,
                descriptor, currentUser::get)), SERVLET_PATH + "/*", EnumSet.of(DispatcherType.REQUEST));

        builder.servlets.forEach((moduleKey, factory) -> {
            PluginDescriptor.ServletModule module = descriptor.servlet(moduleKey).orElseThrow(() ->
                    new IllegalArgumentException("atlassian-plugin.xml declares no <servlet key=\"" + moduleKey
                            + "\">; declared: " + descriptor.servlets().keySet()));
            HttpServlet servlet = Objects.requireNonNull(factory.apply(services), "servlet for " + moduleKey);
            if (!servlet.getClass().getName().equals(module.className())) {
                throw new IllegalArgumentException("Servlet module " + moduleKey + " is " + module.className()
                        + " in atlassian-plugin.xml, but the preview was given a " + servlet.getClass().getName());
            }
            List<String> paths = new ArrayList<>();
            for (String pattern : module.urlPatterns()) {
                paths.add(SERVLET_PATH + pattern);
                context.addServlet(new ServletHolder(moduleKey, servlet), SERVLET_PATH + pattern);
            }
            servletPaths.put(moduleKey, paths);
        });

        hasRest = !builder.rest.isEmpty();
        if (hasRest) {
            ResourceConfig config = new ResourceConfig();
            for (Function<PreviewServices, ?> factory : builder.rest) {
                config.register(Objects.requireNonNull(factory.apply(services), "REST resource"));
            }
            ServletHolder jersey = new ServletHolder("rest", new ServletContainer(config));
            jersey.setInitOrder(1);
            context.addServlet(jersey, REST_PATH + "/*");
        }
        issues = Map.copyOf(builder.issues);
        List<ViewIssueServlet.MountedPanel> panels = new ArrayList<>();
        builder.webPanels.forEach((moduleKey, factories) -> panels.add(mountPanel(moduleKey, factories)));
        context.addServlet(new ServletHolder("view-issue", new ViewIssueServlet(shell, webResources, descriptor,
                services.templateRenderer(), new LinkedHashMap<>(builder.issues), panels, currentUser::get)),
                ViewIssueServlet.PATH + "/*");
        dashboardItemKeys = List.copyOf(builder.dashboardItems.keySet());
        if (!builder.dashboardItems.isEmpty()) {
            Map<String, DashboardItemModule> declared = DashboardItemModule.read(builder.plugin);
            List<DashboardServlet.PlacedItem> placed = new ArrayList<>();
            builder.dashboardItems.forEach((moduleKey, preferences) -> {
                DashboardItemModule module = declared.get(moduleKey);
                if (module == null) {
                    throw new IllegalArgumentException("atlassian-plugin.xml declares no <dashboard-item key=\""
                            + moduleKey + "\">; declared: " + declared.keySet());
                }
                placed.add(new DashboardServlet.PlacedItem(module, preferences));
            });
            context.addServlet(new ServletHolder("dashboard", new DashboardServlet(shell, webResources, descriptor,
                    placed, currentUser::get)), DashboardServlet.PATH);
        }
        if (builder.projects != null) {
            context.addServlet(new ServletHolder("jira-projects", new JiraProjectsServlet(builder.projects,
                    currentUser::get)), JiraProjectsServlet.PATH);
        }
        context.addServlet(new ServletHolder("index", new IndexServlet(shell, webResources)), "");
        context.addServlet(new ServletHolder("login", new LoginServlet(shell, webResources)), "/login.jsp");
        ServletContextHandler root = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        root.setContextPath("/");
        root.addServlet(new ServletHolder("root", new RootServlet()), "/");
        server.setHandler(new ContextHandlerCollection(context, root));
        server.setStopAtShutdown(true);
    }

    public static Builder builder() {
        return new Builder();
    }

    private ViewIssueServlet.MountedPanel mountPanel(String moduleKey, PanelFactories factories) {
        PluginDescriptor.WebPanel module = descriptor.webPanel(moduleKey).orElseThrow(() ->
                new IllegalArgumentException("atlassian-plugin.xml declares no <web-panel key=\"" + moduleKey
                        + "\">; declared: " + descriptor.webPanels().keySet()));
        if (module.template() == null) {
            throw new IllegalArgumentException("Web panel " + moduleKey + " has no <resource type=\"velocity\" "
                    + "name=\"view\">, which is all the preview can render");
        }
        ContextProvider provider = built(moduleKey, "context-provider", module.contextProviderClass(),
                factories.contextProvider());
        Condition condition = built(moduleKey, "condition", module.conditionClass(), factories.condition());
        if (provider != null) {
            provider.init(Map.of());
        }
        if (condition != null) {
            condition.init(Map.of());
        }
        return new ViewIssueServlet.MountedPanel(module, provider, condition);
    }

    /** The instance the factory builds, checked against the class the descriptor names (null when it names none). */
    private <T> T built(String moduleKey, String element, String declaredClass,
                        Function<PreviewServices, ? extends T> factory) {
        if (declaredClass == null) {
            if (factory != null) {
                throw new IllegalArgumentException("Web panel " + moduleKey + " declares no <" + element
                        + ">, but the preview was given one");
            }
            return null;
        }
        if (factory == null) {
            throw new IllegalArgumentException("Web panel " + moduleKey + " declares <" + element + " class=\""
                    + declaredClass + "\">; give the preview one");
        }
        T instance = Objects.requireNonNull(factory.apply(services), element + " of " + moduleKey);
        if (!instance.getClass().getName().equals(declaredClass)) {
            throw new IllegalArgumentException("The <" + element + "> of web panel " + moduleKey + " is "
                    + declaredClass + " in atlassian-plugin.xml, but the preview was given a "
                    + instance.getClass().getName());
        }
        return instance;
    }

    /** Starts the server; idempotent. */
    public PluginPageServer start() {
        if (!server.isStarted()) {
            try {
                server.start();
            } catch (Exception e) {
                throw new IllegalStateException("The preview server did not start: " + e.getMessage(), e);
            }
        }
        return this;
    }

    /** Stops the server and closes what was handed to {@link Builder#closeOnStop}. */
    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The preview server did not stop cleanly", e);
        } finally {
            for (AutoCloseable closeable : closeables) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    System.err.println("preview: closing " + closeable + " failed: " + e);
                }
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Blocks until the server stops (for {@link PreviewMain}). */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    protected void before() {
        start();
    }

    @Override
    protected void after() {
        stop();
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://127.0.0.1:<port>/jira}: Jira's base URL. */
    public URI baseUrl() {
        if (port() <= 0) {
            throw new IllegalStateException("The preview server is not started");
        }
        return URI.create("http://127.0.0.1:" + port() + CONTEXT_PATH);
    }

    /** A URL under Jira's base URL, e.g. {@code url("/plugins/servlet/cx-align/admin")}. */
    public URI url(String path) {
        return URI.create(baseUrl() + (path.startsWith("/") ? path : "/" + path));
    }

    /** Where the descriptor's servlet module is mounted (its first URL pattern) as a full URL. */
    public URI servletUrl(String moduleKey) {
        List<String> paths = servletPaths.get(moduleKey);
        if (paths == null || paths.isEmpty()) {
            throw new IllegalArgumentException("No servlet module " + moduleKey + " in this preview; mounted: "
                    + servletPaths.keySet());
        }
        return url(paths.get(0).replace("/*", "/"));
    }

    /** Mounted servlet modules → their paths under {@code /jira}. */
    public Map<String, List<String>> servletPaths() {
        return servletPaths;
    }

    public boolean hasRestResources() {
        return hasRest;
    }

    /** The view issue page of an issue added with {@link Builder#withIssue}, as a full URL. */
    public URI issueUrl(String issueKey) {
        if (!issues.containsKey(issueKey)) {
            throw new IllegalArgumentException("No issue " + issueKey + " in this preview; it shows " + issues.keySet());
        }
        return url(ViewIssueServlet.PATH + "/" + issueKey);
    }

    /** The stand-in dashboard with the dashboard items added ({@link Builder#withDashboardItem}), as a full URL. */
    public URI dashboardUrl() {
        if (dashboardItemKeys.isEmpty()) {
            throw new IllegalStateException("No dashboard item in this preview");
        }
        return url(DashboardServlet.PATH);
    }

    /** The keys of the dashboard items on the stand-in dashboard. */
    public List<String> dashboardItems() {
        return dashboardItemKeys;
    }

    /** The issues the preview shows, by key. */
    public Map<String, PreviewIssue> issues() {
        return issues;
    }

    /** Changes who is signed in, for the next requests. */
    public void signInAs(PreviewUser user) {
        currentUser.set(Objects.requireNonNull(user, "user"));
    }

    public PreviewUser signedInUser() {
        return currentUser.get();
    }

    public PreviewServices services() {
        return services;
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    /**
     * {@code src/test/browser/node_modules} of this project: from {@code -Dcx.basedir} (surefire sets it), else
     * found from where the descriptor was loaded ({@code <basedir>/target/classes}), else the working directory.
     */
    static Path defaultNodeModules(ClassLoader plugin) {
        String basedir = System.getProperty("cx.basedir");
        Path base = basedir != null && !basedir.isEmpty() ? Paths.get(basedir) : null;
        if (base == null) {
            URL descriptor = plugin.getResource("atlassian-plugin.xml");
            if (descriptor != null && "file".equals(descriptor.getProtocol())) {
                try {
                    Path classes = Paths.get(descriptor.toURI()).getParent();
                    if (classes.endsWith(Paths.get("target", "classes"))) {
                        base = classes.getParent().getParent();
                    }
                } catch (URISyntaxException ignored) {
                    // fall through to the working directory
                }
            }
        }
        if (base == null) {
            base = Paths.get("").toAbsolutePath();
        }
        Path nodeModules = base.resolve("src/test/browser/node_modules");
        if (!Files.isDirectory(nodeModules)) {
            throw new IllegalStateException(nodeModules + " does not exist: AUI and jQuery come from npm. Run "
                    + "`mvn -B test-compile` (its generate-test-resources phase runs `npm ci` in src/test/browser) "
                    + "or `npm ci` in src/test/browser.");
        }
        return nodeModules;
    }

    /** {@code /jira/}: what this preview serves. */
    private final class IndexServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient PageShell shell;
        private final transient WebResources webResources;

        IndexServlet(PageShell shell, WebResources webResources) {
            this.shell = shell;
            this.webResources = webResources;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            StringBuilder panel = new StringBuilder("<p>The pages of the plugin ")
                    .append(PageShell.escape(descriptor.pluginKey()))
                    .append(" that this UI preview serves. It is not Jira: only the plugin's own pages, web resources ")
                    .append("and REST resources are here.</p><ul id=\"cx-preview-pages\">");
            servletPaths.forEach((key, paths) -> paths.forEach(path -> panel.append("<li><a href=\"")
                    .append(PageShell.escape(CONTEXT_PATH + path.replace("/*", "/"))).append("\">")
                    .append(PageShell.escape(CONTEXT_PATH + path)).append("</a> (servlet module ")
                    .append(PageShell.escape(key)).append(")</li>")));
            issues.values().stream().sorted((a, b) -> a.key().compareTo(b.key())).forEach(issue -> panel
                    .append("<li><a href=\"").append(PageShell.escape(CONTEXT_PATH + ViewIssueServlet.PATH + "/"
                            + issue.key())).append("\">").append(PageShell.escape(issue.key())).append("</a> ")
                    .append(PageShell.escape(issue.summary())).append(" (view issue, ")
                    .append(PageShell.escape(issue.issueTypeName())).append(")</li>"));
            if (!dashboardItemKeys.isEmpty()) {
                panel.append("<li><a href=\"").append(PageShell.escape(CONTEXT_PATH + DashboardServlet.PATH))
                        .append("\" id=\"cx-preview-dashboard-link\">").append(PageShell.escape(CONTEXT_PATH
                                + DashboardServlet.PATH)).append("</a> (dashboard with the dashboard items ")
                        .append(PageShell.escape(String.join(", ", dashboardItemKeys))).append(")</li>");
            }
            if (hasRest) {
                panel.append("<li>REST: ").append(PageShell.escape(CONTEXT_PATH + REST_PATH)).append("/...</li>");
            }
            PreviewUser user = currentUser.get();
            panel.append("</ul><p id=\"cx-preview-signed-in\">").append(user.userKey() == null
                    ? "Nobody is signed in (anonymous)."
                    : "Signed in as " + PageShell.escape(user.displayName())
                    + (user.isAdmin() ? ", a Jira administrator." : ", who is not a Jira administrator."))
                    .append("</p>");
            send(response, shell.generalPage("CX Align UI preview", panel.toString(),
                    webResources.resolve(List.of()), currentUser.get()));
        }
    }

    /** {@code /jira/login.jsp}: where the admin-page guard sends anonymous visitors. */
    private final class LoginServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient PageShell shell;
        private final transient WebResources webResources;

        LoginServlet(PageShell shell, WebResources webResources) {
            this.shell = shell;
            this.webResources = webResources;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String destination = request.getParameter("os_destination");
            String panel = "<div class=\"aui-message aui-message-info\" id=\"cx-preview-login\"><p>Jira would ask you to "
                    + "log in here and then return to <code id=\"cx-preview-login-destination\">"
                    + PageShell.escape(destination == null ? "" : destination) + "</code>. The UI preview has no "
                    + "log-in: it signs in the user it was started with.</p></div>";
            send(response, shell.generalPage("Log in", panel, webResources.resolve(List.of()), currentUser.get()));
        }
    }

    /** {@code /}: to Jira's base URL, as a Jira with context path {@code /jira} behind a proxy would do. */
    private static final class RootServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if ("/".equals(request.getRequestURI())) {
                response.sendRedirect(CONTEXT_PATH + "/");
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    private static void send(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
