package com.cxalign.jira.admin;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.cxalign.jira.testing.velocity.VelocityTemplateRenderer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.mockito.Answers;

/**
 * Each catalogue admin page (mission and goals, readings, champions, audit log) served by its real servlet in a real
 * Jetty server under context path /jira and rendered by the real Velocity engine; only SAL's user, login and WebSudo
 * services and the web-resource manager, which exist only inside Jira, are mocks.
 */
@RunWith(Parameterized.class)
public class CatalogAdminPagesServletTest {

    /** What each page's servlet is built from, as Spring autowires it in Jira. */
    interface Factory {
        CatalogAdminPage build(AdminPageGuard guard, TemplateRenderer renderer, PageBuilderService pageBuilder);
    }

    @Parameters(name = "{0}")
    public static List<Object[]> pages() {
        return List.of(
                new Object[] {"catalog", "cx-catalog", "Mission &amp; goals",
                        (Factory) MissionGoalsServlet::new},
                new Object[] {"readings", "cx-readings", "Readings", (Factory) ReadingsServlet::new},
                new Object[] {"champions", "cx-champions", "CX champions", (Factory) ChampionsServlet::new},
                new Object[] {"audit", "cx-audit", "Audit log", (Factory) AuditLogServlet::new});
    }

    @Parameter(0)
    public String path;
    @Parameter(1)
    public String rootId;
    @Parameter(2)
    public String title;
    @Parameter(3)
    public Factory factory;

    private static final UserKey ADMIN = new UserKey("admin-key");
    private static final UserKey AGENT = new UserKey("agent-key");

    private final UserManager userManager = mock(UserManager.class);
    private final LoginUriProvider loginUriProvider = mock(LoginUriProvider.class);
    private final WebSudoManager webSudoManager = mock(WebSudoManager.class);
    private final PageBuilderService pageBuilderService = mock(PageBuilderService.class, Answers.RETURNS_DEEP_STUBS);
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Server server;
    private URI page;

    @Before
    public void startServer() throws Exception {
        when(userManager.isAdmin(ADMIN)).thenReturn(true);
        when(loginUriProvider.getLoginUri(any())).thenAnswer(call ->
                URI.create("/jira/login.jsp?os_destination=" + call.getArgument(0, URI.class)));
        CatalogAdminPage servlet = factory.build(new AdminPageGuard(userManager, loginUriProvider, webSudoManager),
                new VelocityTemplateRenderer(), pageBuilderService);
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/jira");
        context.addServlet(new ServletHolder(servlet), "/plugins/servlet/cx-align/admin/" + path);
        server.setHandler(context);
        server.start();
        page = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/jira/plugins/servlet/cx-align/admin/"
                + path);
    }

    @After
    public void stopServer() throws Exception {
        server.stop();
    }

    @Test
    public void anAdministratorGetsThePageFrameWithTheRestAndAdminUrlsOfThisJira() throws Exception {
        signedInAs(ADMIN);

        HttpResponse<String> response = get();

        assertEquals(200, response.statusCode());
        assertThat(response.headers().firstValue("Content-Type").orElse(""), containsString("text/html"));
        assertThat(response.body(), containsString("<title>" + title + "</title>"));
        assertThat(response.body(), containsString("id=\"" + rootId + "\" data-rest-url=\"/jira/rest/cx-align/1.0\""
                + " data-admin-url=\"/jira/plugins/servlet/cx-align/admin\""));
        assertThat(response.body(), containsString("<meta name=\"decorator\" content=\"atl.admin\"/>"));
        assertThat(response.body(), containsString("<meta name=\"admin.active.tab\" content=\"cx-align-admin-" + path
                + "-link\"/>"));
        verify(pageBuilderService.assembler().resources())
                .requireWebResource("com.cxalign.cx-align-jira:admin-catalog-resources");
    }

    @Test
    public void anAnonymousVisitorIsSentToTheLoginPageAndBack() throws Exception {
        HttpResponse<String> response = get();

        assertEquals(302, response.statusCode());
        assertThat(response.headers().firstValue("Location").orElse(""),
                containsString("/jira/login.jsp?os_destination=" + page));
        assertThat(response.body(), not(containsString("data-rest-url")));
        verify(pageBuilderService, never()).assembler();
    }

    @Test
    public void aUserWhoIsNotAnAdministratorIsRefusedAndSeesNothing() throws Exception {
        signedInAs(AGENT);

        HttpResponse<String> response = get();

        assertEquals(403, response.statusCode());
        assertThat(response.body(), not(containsString("data-rest-url")));
        verify(webSudoManager, never()).willExecuteWebSudoRequest(any());
    }

    @Test
    public void anAdministratorWithoutASecureSessionIsAskedToConfirmTheirPassword() throws Exception {
        signedInAs(ADMIN);
        doThrow(new WebSudoSessionException("no secure session")).when(webSudoManager).willExecuteWebSudoRequest(any());
        doAnswer(call -> {
            call.getArgument(1, HttpServletResponse.class)
                    .sendRedirect("/jira/secure/admin/WebSudoAuthenticate!default.jspa");
            return null;
        }).when(webSudoManager).enforceWebSudoProtection(any(HttpServletRequest.class), any(HttpServletResponse.class));

        HttpResponse<String> response = get();

        assertEquals(302, response.statusCode());
        assertThat(response.headers().firstValue("Location").orElse(""), containsString("WebSudoAuthenticate"));
        assertThat(response.body(), not(containsString("data-rest-url")));
    }

    private void signedInAs(UserKey user) {
        when(userManager.getRemoteUserKey(any(HttpServletRequest.class))).thenReturn(user);
    }

    private HttpResponse<String> get() throws Exception {
        return client.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
