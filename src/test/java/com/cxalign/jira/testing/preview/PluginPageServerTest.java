package com.cxalign.jira.testing.preview;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.plugin.web.ContextProvider;
import com.cxalign.jira.admin.AdminOverviewServlet;
import com.cxalign.jira.initiative.panel.AlignmentPanelContext;
import com.cxalign.jira.platform.BuildInfo;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The preview server over HTTP (no browser): pages mounted from the descriptor and decorated like Jira's
 * {@code atl.admin}, web resources served only when declared, jsI18n applied, the signed-in user, error pages, REST.
 */
public class PluginPageServerTest {

    private static final String OVERVIEW = "/plugins/servlet/cx-align/admin";
    private static final String RESOURCES = "/download/resources/com.cxalign.cx-align-jira:admin-resources/";

    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private PluginPageServer server;

    @After
    public void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    public void anAdminPageIsWrappedInTheAdminLayoutWithAuiAndTheWebResourcesTheServletRequired() throws Exception {
        start(PluginPageServer.builder().install(PreviewModules.ADMIN_OVERVIEW)
                .buildInfo(new BuildInfo("1.2.3", "https://docs.example.com/cx")));

        HttpResponse<String> page = get(OVERVIEW);

        assertEquals(200, page.statusCode());
        String html = page.body();
        assertThat(html, containsString("<title>CX Align for Jira - Jira</title>"));
        assertThat(html, containsString("<h1>Jira administration</h1>"));
        assertThat(html, containsString("<span id=\"cx-admin-version\">1.2.3</span>"));
        assertThat(html, not(containsString("name=\"decorator\"")));
        assertThat(html, containsString("<strong>CX Align</strong>"));
        assertThat(html, containsString("<li class=\"aui-nav-selected\"><a href=\"/jira/plugins/servlet/cx-align/admin\" "
                + "id=\"cx-align-admin-overview-link\" aria-current=\"page\">Overview</a></li>"));
        assertInOrder(html,
                "href=\"/jira/download/resources/com.atlassian.auiplugin:ajs/aui-prototyping.css\"",
                "href=\"/jira" + RESOURCES + "cx-admin.css\"",
                "src=\"/jira/download/resources/com.atlassian.plugins.jquery:jquery/jquery.js\"",
                "src=\"/jira/download/resources/com.atlassian.auiplugin:ajs/aui-prototyping.js\"",
                "src=\"/jira" + RESOURCES + "cx-admin.js\"",
                "<section class=\"cx-admin\" id=\"cx-admin-overview\">");
    }

    @Test
    public void declaredResourcesAreServedAndJavaScriptGoesThroughJsI18n() throws Exception {
        start(PluginPageServer.builder());

        HttpResponse<String> css = get(RESOURCES + "cx-admin.css");
        assertEquals(200, css.statusCode());
        assertThat(css.headers().firstValue("Content-Type").orElse(""), containsString("text/css"));

        HttpResponse<String> js = get(RESOURCES + "cx-admin.js");
        assertEquals(200, js.statusCode());
        assertThat(js.body(), containsString("body: \"Version copied to the clipboard.\""));
        assertThat(js.body(), not(containsString("AJS.I18n.getText('cx-align")));

        assertEquals(200, get("/download/resources/com.atlassian.auiplugin:ajs/fonts/adgs-icons.woff").statusCode());
        assertEquals(200, get("/download/resources/com.atlassian.plugins.jquery:jquery/jquery.js").statusCode());
    }

    @Test
    public void whatTheDescriptorDoesNotDeclareIsNotServed() throws Exception {
        start(PluginPageServer.builder());

        assertEquals("in the plugin, but not a declared download",
                404, get(RESOURCES + "../images/cx-align-icon.png").statusCode());
        assertEquals(404, get(RESOURCES + "cx-align-icon.png").statusCode());
        assertEquals(404, get("/download/resources/com.cxalign.cx-align-jira:no-such-module/cx-admin.css").statusCode());
        assertEquals(404, get("/download/resources/com.atlassian.auiplugin:ajs/../../package.json").statusCode());
        assertEquals("servlets not added to the preview are not there", 404, get(OVERVIEW).statusCode());
    }

    @Test
    public void aUserWhoIsNotAnAdministratorGetsJirasPermissionErrorPage() throws Exception {
        start(PluginPageServer.builder().install(PreviewModules.ADMIN_OVERVIEW).signedInAs(PreviewUser.USER));

        HttpResponse<String> page = get(OVERVIEW);

        assertEquals(403, page.statusCode());
        assertThat(page.body(), containsString("data-status=\"403\""));
        assertThat(page.body(), containsString("You do not have permission to see this page."));
        assertThat(page.body(), not(containsString("cx-admin-version")));
    }

    @Test
    public void anAnonymousVisitorIsSentToTheLogInPageAndBack() throws Exception {
        start(PluginPageServer.builder().install(PreviewModules.ADMIN_OVERVIEW).signedInAs(PreviewUser.ANONYMOUS));

        HttpResponse<String> page = get(OVERVIEW);

        assertEquals(302, page.statusCode());
        String location = page.headers().firstValue("Location").orElse("");
        assertThat(location, containsString("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fcx-align%2Fadmin"));
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(server.baseUrl().resolve(location)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertThat(login.body(), containsString("/plugins/servlet/cx-align/admin</code>"));

        server.signInAs(PreviewUser.ADMIN);
        assertEquals(200, get(OVERVIEW).statusCode());
    }

    @Test
    public void restResourcesAndProvidersAreServedByJersey() throws Exception {
        start(PluginPageServer.builder().withRestResources(new GreetingResource(), new IllegalArgumentMapper()));

        HttpResponse<String> greeting = get(PluginPageServer.REST_PATH + "/greeting/Ada");
        assertEquals(200, greeting.statusCode());
        assertEquals("{\"text\":\"Hello, Ada\"}", greeting.body());

        HttpResponse<String> mapped = get(PluginPageServer.REST_PATH + "/greeting/-");
        assertEquals(400, mapped.statusCode());
        assertEquals("no name", mapped.body());
    }

    @Test
    public void theRootAndTheIndexLeadToThePages() throws Exception {
        start(PluginPageServer.builder().install(PreviewModules.all()));

        HttpResponse<String> root = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, root.statusCode());
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertThat(index.body(), containsString("href=\"/jira/plugins/servlet/cx-align/admin\""));
        assertThat(index.body(), containsString("href=\"/jira/plugins/servlet/cx-align/admin/setup\""));
        assertThat(index.body(), containsString("href=\"/jira/browse/CX-1\""));
        HttpResponse<String> issue = get("/browse/CX-1");
        assertEquals(200, issue.statusCode());
        assertThat(issue.body(), containsString("id=\"viewissuesidebar\""));
        assertThat(issue.body(), containsString("class=\"cx-alignment\""));
        assertEquals(404, get("/browse/NOPE-1").statusCode());
        assertEquals(server.url(OVERVIEW), server.servletUrl("cx-align-admin-overview"));
    }

    @Test
    public void aServletMustBeTheOneTheDescriptorDeclares() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> PluginPageServer.builder()
                .withServlet("no-such-servlet", new PlainServlet()).build());
        assertThat(unknown.getMessage(), containsString("declares no <servlet key=\"no-such-servlet\">"));

        IllegalArgumentException wrongClass = assertThrows(IllegalArgumentException.class, () -> PluginPageServer
                .builder().withServlet("cx-align-admin-overview", new PlainServlet()).build());
        assertThat(wrongClass.getMessage(), containsString(AdminOverviewServlet.class.getName()));
    }

    @Test
    public void aWebPanelMustBeTheOneTheDescriptorDeclaresWithItsClasses() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> PluginPageServer.builder()
                .withWebPanel("no-such-panel", null, null).build());
        assertThat(unknown.getMessage(), containsString("declares no <web-panel key=\"no-such-panel\">"));

        IllegalArgumentException noProvider = assertThrows(IllegalArgumentException.class, () -> PluginPageServer
                .builder().withWebPanel("cx-alignment-panel", null, null).build());
        assertThat(noProvider.getMessage(), containsString("declares <context-provider class=\""
                + AlignmentPanelContext.class.getName() + "\">"));

        IllegalArgumentException wrongClass = assertThrows(IllegalArgumentException.class, () -> PluginPageServer
                .builder().withWebPanel("cx-alignment-panel", services -> new ContextProvider() {
                    @Override
                    public void init(Map<String, String> params) {
                    }

                    @Override
                    public Map<String, Object> getContextMap(Map<String, Object> context) {
                        return context;
                    }
                }, null).build());
        assertThat(wrongClass.getMessage(), containsString("is " + AlignmentPanelContext.class.getName()
                + " in atlassian-plugin.xml, but the preview was given a"));
    }

    @Test
    public void anUnknownI18nKeyInJavaScriptIsAServerError() throws Exception {
        start(PluginPageServer.builder().pluginClassLoader(fixturePlugin()));

        HttpResponse<String> js = get("/download/resources/fixture.plugin:scripts/broken.js");

        assertEquals(500, js.statusCode());
        assertThat(js.body(), containsString("broken.js:3: AJS.I18n.getText(&#39;fixture.missing&#39;): unknown i18n key"));
        assertEquals(200, get("/download/resources/fixture.plugin:scripts/fine.js").statusCode());
    }

    @Test
    public void aPageRequiringAnUndeclaredWebResourceFailsNamingIt() throws Exception {
        start(PluginPageServer.builder().pluginClassLoader(fixturePlugin())
                .withServlet("requiring", services -> new RequiringServlet(services)));

        HttpResponse<String> page = get("/plugins/servlet/fixture/requiring");

        assertEquals(500, page.statusCode());
        assertThat(page.body(), containsString("Web resource &#39;fixture.plugin:undeclared&#39; was required, but "
                + "atlassian-plugin.xml declares no &lt;web-resource&gt; with that key"));
    }

    @Test
    public void jsI18nFormatsPlainCallsAndTurnsCallsWithArgumentsIntoAjsFormat() {
        JsI18nTransformer transformer = new JsI18nTransformer(java.util.Map.of(
                "a", "It''s \"done\" </script>", "b", "{0} of {1}"));

        assertEquals("x = \"It's \\\"done\\\" \\u003c/script\\u003e\";",
                transformer.transform("t.js", "x = AJS.I18n.getText('a');"));
        assertEquals("y = AJS.format(\"{0} of {1}\", 1, 2);",
                transformer.transform("t.js", "y = WRM.I18n.getText(\"b\", 1, 2);"));
        assertEquals("// AJS.I18n.getText('not.a.key') in a comment\nz = 1;",
                transformer.transform("t.js", "// AJS.I18n.getText('not.a.key') in a comment\nz = 1;"));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void start(PluginPageServer.Builder builder) {
        server = builder.build().start();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue("'" + part + "' missing after position " + from + " in:\n" + text, at >= 0);
            from = at + part.length();
        }
    }

    /** A plugin of fixture files only: a descriptor, i18n and two scripts; nothing from the test class path. */
    private ClassLoader fixturePlugin() throws IOException {
        java.nio.file.Path root = temp.newFolder("fixture-plugin").toPath();
        write(root.resolve("atlassian-plugin.xml"), String.join("\n",
                "<atlassian-plugin key=\"fixture.plugin\" name=\"Fixture\" plugins-version=\"2\">",
                "  <resource type=\"i18n\" name=\"i18n\" location=\"i18n.fixture\"/>",
                "  <web-resource key=\"scripts\">",
                "    <transformation extension=\"js\"><transformer key=\"jsI18n\"/></transformation>",
                "    <resource type=\"download\" name=\"broken.js\" location=\"js/broken.js\"/>",
                "    <resource type=\"download\" name=\"fine.js\" location=\"js/fine.js\"/>",
                "  </web-resource>",
                "  <servlet key=\"requiring\" class=\"" + RequiringServlet.class.getName() + "\">",
                "    <url-pattern>/fixture/requiring</url-pattern>",
                "  </servlet>",
                "</atlassian-plugin>"));
        write(root.resolve("i18n/fixture.properties"), "fixture.known=Known\n");
        write(root.resolve("js/broken.js"), "/* AJS.I18n.getText('in.a.comment') */\nvar ok = AJS.I18n.getText('fixture.known');"
                + "\nvar broken = AJS.I18n.getText('fixture.missing');\n");
        write(root.resolve("js/fine.js"), "var ok = AJS.I18n.getText('fixture.known');\n");
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    private static void write(java.nio.file.Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A decorated page that requires a web resource its descriptor does not declare. */
    public static final class RequiringServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient PreviewServices services;

        RequiringServlet(PreviewServices services) {
            this.services = services;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            services.pageBuilderService().assembler().resources().requireWebResource("fixture.plugin:undeclared");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<html><head><title>R</title><meta name=\"decorator\" content=\"atl.admin\"/>"
                    + "</head><body><p>requiring</p></body></html>");
        }
    }

    private static final class PlainServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
    }

    @Path("greeting")
    public static final class GreetingResource {
        public static final class Greeting {
            public final String text;

            Greeting(String text) {
                this.text = text;
            }
        }

        @GET
        @Path("{name}")
        @Produces(MediaType.APPLICATION_JSON)
        public Greeting greet(@PathParam("name") String name) {
            if (name.equals("-")) {
                throw new IllegalArgumentException("no name");
            }
            return new Greeting("Hello, " + name);
        }
    }

    @javax.ws.rs.ext.Provider
    public static final class IllegalArgumentMapper implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return Response.status(400).type(MediaType.TEXT_PLAIN).entity(e.getMessage()).build();
        }
    }
}
