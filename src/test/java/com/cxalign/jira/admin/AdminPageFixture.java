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
import com.atlassian.webresource.api.assembler.PageBuilderService;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.mockito.Answers;

/**
 * An admin page's servlet in a real Jetty server under context path /jira. Only SAL's user, login and WebSudo
 * services and the web-resource manager, which exist only inside Jira, are mocks; ADMIN is an administrator.
 */
final class AdminPageFixture {

    static final UserKey ADMIN = new UserKey("admin-key");
    static final UserKey AGENT = new UserKey("agent-key");

    final UserManager userManager = mock(UserManager.class);
    final LoginUriProvider loginUriProvider = mock(LoginUriProvider.class);
    final WebSudoManager webSudoManager = mock(WebSudoManager.class);
    final PageBuilderService pageBuilderService = mock(PageBuilderService.class, Answers.RETURNS_DEEP_STUBS);
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Server server;
    private URI page;

    /** The login page's URI is loginPage + "?os_destination=" + the page asked for. */
    AdminPageFixture(String loginPage) {
        when(userManager.isAdmin(ADMIN)).thenReturn(true);
        when(loginUriProvider.getLoginUri(any())).thenAnswer(call ->
                URI.create(loginPage + "?os_destination=" + call.getArgument(0, URI.class)));
    }

    AdminPageGuard guard() {
        return new AdminPageGuard(userManager, loginUriProvider, webSudoManager);
    }

    /** Serves servlet at /jira/plugins/servlet/cx-align/ + path. */
    void start(HttpServlet servlet, String path) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/jira");
        context.addServlet(new ServletHolder(servlet), "/plugins/servlet/cx-align/" + path);
        server.setHandler(context);
        server.start();
        page = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/jira/plugins/servlet/cx-align/" + path);
    }

    void stop() throws Exception {
        server.stop();
    }

    URI page() {
        return page;
    }

    void signedInAs(UserKey user) {
        when(userManager.getRemoteUserKey(any(HttpServletRequest.class))).thenReturn(user);
    }

    /** A signed-in user who is not an administrator gets 403 without the hidden text; WebSudo is not asked. */
    void assertRefused(String hidden) throws Exception {
        signedInAs(AGENT);

        HttpResponse<String> response = get();

        assertEquals(403, response.statusCode());
        assertThat(response.body(), not(containsString(hidden)));
        verify(webSudoManager, never()).willExecuteWebSudoRequest(any());
    }

    /** An administrator without a secure session is sent to confirm their password, without the hidden text. */
    void assertAskedToConfirmPassword(String hidden) throws Exception {
        signedInAs(ADMIN);
        withoutSecureSession();

        HttpResponse<String> response = get();

        assertEquals(302, response.statusCode());
        assertThat(response.headers().firstValue("Location").orElse(""), containsString("WebSudoAuthenticate"));
        assertThat(response.body(), not(containsString(hidden)));
    }

    /** The session is not secure: WebSudo sends the user to confirm their password. */
    void withoutSecureSession() throws Exception {
        doThrow(new WebSudoSessionException("no secure session")).when(webSudoManager).willExecuteWebSudoRequest(any());
        doAnswer(call -> {
            call.getArgument(1, HttpServletResponse.class)
                    .sendRedirect("/jira/secure/admin/WebSudoAuthenticate!default.jspa");
            return null;
        }).when(webSudoManager).enforceWebSudoProtection(any(HttpServletRequest.class), any(HttpServletResponse.class));
    }

    HttpResponse<String> get() throws Exception {
        return client.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
