package com.cxalign.jira.admin;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.annotations.security.AdminOnly;
import com.cxalign.jira.testing.velocity.VelocityTemplateRenderer;

import java.net.http.HttpResponse;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The CX setup page served by its real servlet in a real Jetty server under context path /jira and rendered by the
 * real Velocity engine; only SAL's user, login and WebSudo services and the web-resource manager, which exist only
 * inside Jira, are mocks.
 */
public class SetupServletTest {

    private final AdminPageFixture fixture = new AdminPageFixture("/jira/login.jsp");

    @Before
    public void startServer() throws Exception {
        fixture.start(new SetupServlet(fixture.guard(), new VelocityTemplateRenderer(), fixture.pageBuilderService),
                "admin/setup");
    }

    @After
    public void stopServer() throws Exception {
        fixture.stop();
    }

    @Test
    public void anAdministratorGetsThePageFrameWithItsOwnScriptsAndTheRestUrlOfThisJira() throws Exception {
        fixture.signedInAs(AdminPageFixture.ADMIN);

        HttpResponse<String> response = fixture.get();

        assertEquals(200, response.statusCode());
        assertThat(response.headers().firstValue("Content-Type").orElse(""), containsString("text/html"));
        assertThat(response.body(), containsString("<title>CX setup</title>"));
        assertThat(response.body(), containsString("id=\"cx-setup\" data-rest-url=\"/jira/rest/cx-align/1.0\""
                + " data-admin-url=\"/jira/plugins/servlet/cx-align/admin\""));
        assertThat(response.body(), containsString("<meta name=\"decorator\" content=\"atl.admin\"/>"));
        assertThat(response.body(),
                containsString("<meta name=\"admin.active.tab\" content=\"cx-align-admin-setup-link\"/>"));
        verify(fixture.pageBuilderService.assembler().resources())
                .requireWebResource("com.cxalign.cx-align-jira:admin-setup-resources");
    }

    @Test
    public void anAnonymousVisitorIsSentToTheLoginPageAndBack() throws Exception {
        HttpResponse<String> response = fixture.get();

        assertEquals(302, response.statusCode());
        assertThat(response.headers().firstValue("Location").orElse(""),
                containsString("/jira/login.jsp?os_destination=" + fixture.page()));
        assertThat(response.body(), not(containsString("data-rest-url")));
        verify(fixture.pageBuilderService, never()).assembler();
    }

    @Test
    public void aUserWhoIsNotAnAdministratorIsRefusedAndSeesNothing() throws Exception {
        fixture.assertRefused("data-rest-url");
    }

    @Test
    public void anAdministratorWithoutASecureSessionIsAskedToConfirmTheirPassword() throws Exception {
        fixture.assertAskedToConfirmPassword("data-rest-url");
    }

    @Test
    public void jirasOwnEndpointSecurityRefusesNonAdminsToo() {
        assertTrue(SetupServlet.class.isAnnotationPresent(AdminOnly.class));
    }
}
