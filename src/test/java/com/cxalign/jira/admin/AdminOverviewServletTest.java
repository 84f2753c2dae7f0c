package com.cxalign.jira.admin;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
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
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.cxalign.jira.platform.BuildInfo;
import com.cxalign.jira.testing.velocity.VelocityTemplateRenderer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.Answers;

/**
 * The overview page served by the real servlet in a real Jetty server, rendered by the real Velocity engine.
 * Only SAL's user, login and WebSudo services and the web-resource manager, which exist only inside Jira, are mocks.
 */
public class AdminOverviewServletTest {

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
                URI.create("/login.jsp?os_destination=" + call.getArgument(0, URI.class)));
        AdminOverviewServlet servlet = new AdminOverviewServlet(
                new AdminPageGuard(userManager, loginUriProvider, webSudoManager),
                new VelocityTemplateRenderer(), pageBuilderService, new BuildInfo("1.2.3", "https://docs.example.com/cx"));
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/jira");
        context.addServlet(new ServletHolder(servlet), "/plugins/servlet/cx-align/admin");
        server.setHandler(context);
        server.start();
        page = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/jira/plugins/servlet/cx-align/admin");
    }

    @After
    public void stopServer() throws Exception {
        server.stop();
    }

    @Test
    public void anAdministratorWithASecureSessionSeesTheInstalledVersionAndTheDocumentationLink() throws Exception {
        signedInAs(ADMIN);

        HttpResponse<String> response = get();

        assertEquals(200, response.statusCode());
        assertThat(response.headers().firstValue("Content-Type").orElse(""), containsString("text/html"));
        assertThat(response.body(), containsString("<span id=\"cx-admin-version\">1.2.3</span>"));
        assertThat(response.body(), containsString("href=\"https://docs.example.com/cx\""));
        assertThat(response.body(), containsString("<meta name=\"decorator\" content=\"atl.admin\"/>"));
        verify(pageBuilderService.assembler().resources()).requireWebResource("com.cxalign.cx-align-jira:admin-resources");
    }

    @Test
    public void anAnonymousVisitorIsSentToTheLoginPageAndBack() throws Exception {
        HttpResponse<String> response = get();

        assertEquals(302, response.statusCode());
        assertThat(response.headers().firstValue("Location").orElse(""),
                containsString("/login.jsp?os_destination=" + page));
        assertThat(response.body(), not(containsString("1.2.3")));
    }

    @Test
    public void aUserWhoIsNotAnAdministratorIsRefusedAndSeesNothing() throws Exception {
        signedInAs(AGENT);

        HttpResponse<String> response = get();

        assertEquals(403, response.statusCode());
        assertThat(response.body(), not(containsString("1.2.3")));
        verify(webSudoManager, never()).willExecuteWebSudoRequest(any());
    }

    @Test
    public void anAdministratorWithoutASecureSessionIsAskedToConfirmTheirPassword() throws Exception {
        signedInAs(ADMIN);
        doThrow(new WebSudoSessionException("no secure session")).when(webSudoManager).willExecuteWebSudoRequest(any());
        doAnswer(call -> {
            call.getArgument(1, HttpServletResponse.class).sendRedirect("/jira/secure/admin/WebSudoAuthenticate!default.jspa");
            return null;
        }).when(webSudoManager).enforceWebSudoProtection(any(HttpServletRequest.class), any(HttpServletResponse.class));

        HttpResponse<String> response = get();

        assertEquals(302, response.statusCode());
        assertThat(response.headers().firstValue("Location").orElse(""), containsString("WebSudoAuthenticate"));
        assertThat(response.body(), not(containsString("1.2.3")));
    }

    private void signedInAs(UserKey user) {
        when(userManager.getRemoteUserKey(any(HttpServletRequest.class))).thenReturn(user);
    }

    private HttpResponse<String> get() throws Exception {
        return client.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
