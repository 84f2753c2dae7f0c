package com.cxalign.jira.admin;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.mockito.Mockito.verify;

import com.cxalign.jira.platform.BuildInfo;
import com.cxalign.jira.testing.velocity.VelocityTemplateRenderer;

import java.net.http.HttpResponse;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The overview page served by the real servlet in a real Jetty server, rendered by the real Velocity engine.
 * Only SAL's user, login and WebSudo services and the web-resource manager, which exist only inside Jira, are mocks.
 */
public class AdminOverviewServletTest {

    private final AdminPageFixture fixture = new AdminPageFixture("/login.jsp");

    @Before
    public void startServer() throws Exception {
        fixture.start(new AdminOverviewServlet(fixture.guard(), new VelocityTemplateRenderer(),
                fixture.pageBuilderService, new BuildInfo("1.2.3", "https://docs.example.com/cx")), "admin");
    }

    @After
    public void stopServer() throws Exception {
        fixture.stop();
    }

    @Test
    public void anAdministratorWithASecureSessionSeesTheInstalledVersionAndTheDocumentationLink() throws Exception {
        fixture.signedInAs(AdminPageFixture.ADMIN);

        HttpResponse<String> response = fixture.get();

        assertEquals(200, response.statusCode());
        assertThat(response.headers().firstValue("Content-Type").orElse(""), containsString("text/html"));
        assertThat(response.body(), containsString("<span id=\"cx-admin-version\">1.2.3</span>"));
        assertThat(response.body(), containsString("href=\"https://docs.example.com/cx\""));
        assertThat(response.body(), containsString("<meta name=\"decorator\" content=\"atl.admin\"/>"));
        verify(fixture.pageBuilderService.assembler().resources())
                .requireWebResource("com.cxalign.cx-align-jira:admin-resources");
    }

    @Test
    public void anAnonymousVisitorIsSentToTheLoginPageAndBack() throws Exception {
        HttpResponse<String> response = fixture.get();

        assertEquals(302, response.statusCode());
        assertThat(response.headers().firstValue("Location").orElse(""),
                containsString("/login.jsp?os_destination=" + fixture.page()));
        assertThat(response.body(), not(containsString("1.2.3")));
    }

    @Test
    public void aUserWhoIsNotAnAdministratorIsRefusedAndSeesNothing() throws Exception {
        fixture.assertRefused("1.2.3");
    }

    @Test
    public void anAdministratorWithoutASecureSessionIsAskedToConfirmTheirPassword() throws Exception {
        fixture.assertAskedToConfirmPassword("1.2.3");
    }
}
