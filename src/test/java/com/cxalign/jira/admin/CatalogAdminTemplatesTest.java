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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.lang.StringEscapeUtils;
import org.junit.Test;

/**
 * The catalogue's admin page templates rendered by the real Velocity engine, set up like Jira's template renderer
 * ({@link PluginTemplates}): every text they name is there, the context's URLs come out escaped whatever they hold,
 * and the page frames carry no user data (the pages' JavaScript loads it and inserts it as text).
 */
public class CatalogAdminTemplatesTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>";
    private static final StrictI18n I18N = StrictI18n.forPlugin();
    private static final Pattern KEY = Pattern.compile("\\$i18n\\.getText\\([\"']([^\"']+)[\"']\\)");
    private static final List<String> TEMPLATES = List.of(MissionGoalsServlet.TEMPLATE, ReadingsServlet.TEMPLATE,
            ChampionsServlet.TEMPLATE, AuditLogServlet.TEMPLATE);

    @Test
    public void everyTextOfEveryPageIsRenderedAndNoReferenceIsLeft() throws IOException {
        for (String template : TEMPLATES) {
            String html = PluginTemplates.render(template, CatalogAdminPage.context("/jira"));
            Set<String> keys = keysIn(template);
            assertTrue(template + " names its texts by key", keys.size() > 3);
            for (String key : keys) {
                assertThat(template + " shows " + key, html,
                        containsString(StringEscapeUtils.escapeHtml(I18N.getText(key))));
            }
            assertThat(template, html, not(containsString("$")));
            assertThat(template, html, containsString("data-rest-url=\"/jira/rest/cx-align/1.0\""));
            assertThat(template, html, containsString("<meta name=\"decorator\" content=\"atl.admin\"/>"));
        }
    }

    @Test
    public void apostrophesAndQuotesInTextsComeOutAsTextInAttributesAndContent() {
        String html = PluginTemplates.render(MissionGoalsServlet.TEMPLATE, CatalogAdminPage.context(""));
        // MessageFormat turns the properties file's '' into ' (a lone ' would vanish); the renderer escapes quotes.
        assertThat(html, containsString("in the metric's direction"));
        assertThat(html, containsString("plan against: &quot;a great experience every time&quot; is not."));
        assertThat(html, containsString("href=\"/plugins/servlet/cx-align/admin/readings\""));
    }

    @Test
    public void aHostileContextPathComesOutEscapedOnEveryPage() {
        for (String template : TEMPLATES) {
            String html = PluginTemplates.render(template, CatalogAdminPage.context(HOSTILE));
            assertThat(template, html, not(containsString("<script>")));
            assertThat(template, html, containsString("data-rest-url=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
                    + "/rest/cx-align/1.0\""));
        }
    }

    @Test
    public void renderingWithoutTheRestUrlFailsNamingIt() {
        for (String template : TEMPLATES) {
            TemplateRenderingException e = assertThrows(TemplateRenderingException.class,
                    () -> PluginTemplates.render(template, Map.of("adminUrl", "/jira/plugins/servlet/cx-align/admin")));
            assertThat(template, e.getMessage(), containsString("$restUrl"));
        }
    }

    @Test
    public void anI18nKeyMissingFromThePropertiesFailsTheRenderingNamingIt() {
        Map<String, Object> context = new HashMap<>(CatalogAdminPage.context("/jira"));
        context.put("i18n", I18N.without("cx-align.admin.readings.record.heading"));
        TemplateRenderingException e = assertThrows(TemplateRenderingException.class,
                () -> PluginTemplates.render(ReadingsServlet.TEMPLATE, context));
        assertThat(e.getMessage(), containsString("cx-align.admin.readings.record.heading"));
    }

    private static Set<String> keysIn(String template) throws IOException {
        try (InputStream in = CatalogAdminTemplatesTest.class.getClassLoader().getResourceAsStream(template)) {
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
