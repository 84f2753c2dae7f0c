package com.cxalign.jira.admin;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.testing.velocity.PluginTemplates;
import com.cxalign.jira.testing.velocity.PluginTemplates.TemplateRenderingException;
import com.cxalign.jira.testing.velocity.StrictI18n;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.lang.StringEscapeUtils;
import org.junit.Test;

/**
 * The admin overview page ({@link AdminOverviewServlet#TEMPLATE}) rendered by the real Velocity engine, set up like
 * Jira's template renderer (see {@link PluginTemplates}).
 */
public class AdminOverviewTemplateTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>";
    private static final StrictI18n I18N = StrictI18n.forPlugin();

    private static final List<String> TEXTS = List.of(
            "cx-align.admin.overview.title",
            "cx-align.admin.overview.intro",
            "cx-align.admin.overview.version",
            "cx-align.admin.overview.copy",
            "cx-align.admin.overview.next",
            "cx-align.admin.overview.next.mission",
            "cx-align.admin.overview.next.goals",
            "cx-align.admin.overview.next.workflow",
            "cx-align.admin.overview.docs");

    @Test
    public void theOverviewShowsTheVersionTheDocumentationLinkAndItsTexts() {
        String html = render("1.4.2", "https://cxalign.com/docs/jira");

        assertThat(html, containsString("<span id=\"cx-admin-version\">1.4.2</span>"));
        assertThat(html, containsString("id=\"cx-admin-docs\" href=\"https://cxalign.com/docs/jira\""));
        for (String key : TEXTS) {
            assertThat(key, html, containsString(StringEscapeUtils.escapeHtml(I18N.getText(key))));
        }
        assertThat(html, containsString("<title>" + I18N.getText("cx-align.admin.overview.title") + "</title>"));
        assertThat(html, containsString("<meta name=\"decorator\" content=\"atl.admin\"/>"));
        assertThat("no reference is left unrendered", html, not(containsString("$")));
    }

    @Test
    public void aHostileVersionOrDocumentationUrlComesOutEscaped() {
        String html = render(HOSTILE, HOSTILE);

        assertThat(html, not(containsString("<script>")));
        assertThat(html, not(containsString("\"><")));
        assertThat(html, containsString("<span id=\"cx-admin-version\">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
                + "</span>"));
        assertThat(html, containsString("href=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    }

    @Test
    public void renderingWithoutTheDocumentationUrlFailsNamingIt() {
        Map<String, Object> context = new HashMap<>();
        context.put("version", "1.4.2");
        TemplateRenderingException e = assertThrows(TemplateRenderingException.class,
                () -> PluginTemplates.render(AdminOverviewServlet.TEMPLATE, context));
        assertThat(e.getMessage(), containsString("$docsUrl"));
    }

    @Test
    public void anI18nKeyMissingFromThePropertiesFailsTheRenderingNamingIt() {
        Map<String, Object> context = context("1.4.2", "https://cxalign.com/docs/jira");
        context.put("i18n", I18N.without("cx-align.admin.overview.intro"));
        TemplateRenderingException e = assertThrows(TemplateRenderingException.class,
                () -> PluginTemplates.render(AdminOverviewServlet.TEMPLATE, context));
        assertThat(e.getMessage(), containsString("cx-align.admin.overview.intro"));
    }

    private static String render(String version, String docsUrl) {
        return PluginTemplates.render(AdminOverviewServlet.TEMPLATE, context(version, docsUrl));
    }

    private static Map<String, Object> context(String version, String docsUrl) {
        Map<String, Object> context = new HashMap<>();
        context.put("version", version);
        context.put("docsUrl", docsUrl);
        return context;
    }
}
