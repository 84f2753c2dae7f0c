package com.cxalign.jira.admin;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.cxalign.jira.testing.velocity.VelocityTemplateRenderer;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

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

    private final AdminPageFixture fixture = new AdminPageFixture("/jira/login.jsp");

    @Before
    public void startServer() throws Exception {
        fixture.start(factory.build(fixture.guard(), new VelocityTemplateRenderer(), fixture.pageBuilderService),
                "admin/" + path);
    }

    @After
    public void stopServer() throws Exception {
        fixture.stop();
    }

    @Test
    public void anAdministratorGetsThePageFrameWithTheRestAndAdminUrlsOfThisJira() throws Exception {
        fixture.signedInAs(AdminPageFixture.ADMIN);

        HttpResponse<String> response = fixture.get();

        assertEquals(200, response.statusCode());
        assertThat(response.headers().firstValue("Content-Type").orElse(""), containsString("text/html"));
        assertThat(response.body(), containsString("<title>" + title + "</title>"));
        assertThat(response.body(), containsString("id=\"" + rootId + "\" data-rest-url=\"/jira/rest/cx-align/1.0\""
                + " data-admin-url=\"/jira/plugins/servlet/cx-align/admin\""));
        assertThat(response.body(), containsString("<meta name=\"decorator\" content=\"atl.admin\"/>"));
        assertThat(response.body(), containsString("<meta name=\"admin.active.tab\" content=\"cx-align-admin-" + path
                + "-link\"/>"));
        verify(fixture.pageBuilderService.assembler().resources())
                .requireWebResource("com.cxalign.cx-align-jira:admin-catalog-resources");
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
}
