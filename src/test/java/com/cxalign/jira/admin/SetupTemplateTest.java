package com.cxalign.jira.admin;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.testing.velocity.PluginTemplates;
import com.cxalign.jira.testing.velocity.PluginTemplates.TemplateRenderingException;
import com.cxalign.jira.testing.velocity.StrictI18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.lang.StringEscapeUtils;
import org.junit.Test;

/**
 * The CX setup page's template rendered by the real Velocity engine, set up like Jira's template renderer
 * ({@link PluginTemplates}): every text it names is there, the context's URLs come out escaped whatever they hold,
 * and the frame carries no data (cx-setup.js loads it and inserts it as text).
 */
public class SetupTemplateTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>";
    private static final StrictI18n I18N = StrictI18n.forPlugin();
    private static final Pattern KEY = Pattern.compile("\\$i18n\\.getText\\([\"']([^\"']+)[\"']\\)");

    @Test
    public void everyTextOfThePageIsRenderedAndNoReferenceIsLeft() throws IOException {
        String html = PluginTemplates.render(SetupServlet.TEMPLATE, CatalogAdminPage.context("/jira"));

        Set<String> keys = keysIn(SetupServlet.TEMPLATE);
        assertTrue("the template names its texts by key", keys.size() > 10);
        for (String key : keys) {
            assertThat(key, html, containsString(StringEscapeUtils.escapeHtml(I18N.getText(key))));
        }
        assertThat(html, not(containsString("$")));
        assertThat(html, containsString("id=\"cx-setup\" data-rest-url=\"/jira/rest/cx-align/1.0\""));
        assertThat(html, containsString("href=\"/jira/plugins/servlet/cx-align/admin/catalog\""));
        assertThat(html, containsString("<meta name=\"admin.active.tab\" content=\"cx-align-admin-setup-link\"/>"));
        // Apostrophes survive MessageFormat: the properties file doubles them.
        assertThat(html, containsString("the project's issue type scheme"));
    }

    @Test
    public void aHostileContextPathComesOutEscaped() {
        String html = PluginTemplates.render(SetupServlet.TEMPLATE, CatalogAdminPage.context(HOSTILE));

        assertThat(html, not(containsString("<script>")));
        assertThat(html, containsString("data-rest-url=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
                + "/rest/cx-align/1.0\""));
        assertThat(html, containsString("data-admin-url=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
                + "/plugins/servlet/cx-align/admin\""));
        assertThat(html, containsString("href=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
                + "/plugins/servlet/cx-align/admin/catalog\""));
    }

    @Test
    public void renderingWithoutTheRestUrlFailsNamingIt() {
        TemplateRenderingException e = assertThrows(TemplateRenderingException.class, () -> PluginTemplates.render(
                SetupServlet.TEMPLATE, Map.of("adminUrl", "/jira/plugins/servlet/cx-align/admin")));

        assertThat(e.getMessage(), containsString("$restUrl"));
    }

    @Test
    public void anI18nKeyMissingFromThePropertiesFailsTheRenderingNamingIt() {
        Map<String, Object> context = new HashMap<>(CatalogAdminPage.context("/jira"));
        context.put("i18n", I18N.without("cx-align.admin.setup.project.heading"));

        TemplateRenderingException e = assertThrows(TemplateRenderingException.class,
                () -> PluginTemplates.render(SetupServlet.TEMPLATE, context));

        assertThat(e.getMessage(), containsString("cx-align.admin.setup.project.heading"));
    }

    private static Set<String> keysIn(String template) throws IOException {
        try (InputStream in = SetupTemplateTest.class.getClassLoader().getResourceAsStream(template)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> keys = new LinkedHashSet<>();
            Matcher matcher = KEY.matcher(text);
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
            return keys;
        }
    }
}
