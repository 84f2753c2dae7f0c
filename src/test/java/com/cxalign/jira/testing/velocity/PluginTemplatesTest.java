package com.cxalign.jira.testing.velocity;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.templaterenderer.RenderingException;

import java.io.StringWriter;
import java.util.Map;

import org.junit.Test;

/** The Velocity helper behaves like Jira's template renderer, only stricter about mistakes. */
public class PluginTemplatesTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>";
    private static final String HOSTILE_ESCAPED = "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;";

    @Test
    public void insertedReferencesAreHtmlEscaped() {
        assertEquals("<a title=\"" + HOSTILE_ESCAPED + "\">&amp;</a>",
                PluginTemplates.renderFragment("<a title=\"$value\">$amp</a>", Map.of("value", HOSTILE, "amp", "&")));
    }

    @Test
    public void quietAndFormalReferencesAreEscapedToo() {
        assertEquals(HOSTILE_ESCAPED + HOSTILE_ESCAPED,
                PluginTemplates.renderFragment("$!value${value}", Map.of("value", HOSTILE)));
    }

    @Test
    public void methodResultsAndPropertiesAreEscaped() {
        assertEquals(HOSTILE_ESCAPED + "|" + HOSTILE_ESCAPED, PluginTemplates.renderFragment(
                "$item.title|$item.get(\"title\")", Map.of("item", Map.of("title", HOSTILE))));
    }

    @Test
    public void referencesNamedLikeHtmlAreInsertedRawAsInJira() {
        Map<String, Object> context = Map.of("summaryHtml", "<b>1</b>", "rawHTML", "<i>2</i>", "body", "<p>3</p>",
                "item", Map.of("descriptionHtml", "<u>4</u>", "description", "<u>5</u>"));
        assertEquals("<b>1</b> <i>2</i> <b>1</b> <p>3</p> <u>4</u> &lt;u&gt;5&lt;/u&gt;",
                PluginTemplates.renderFragment(
                        "$summaryHtml $rawHTML $!{summaryHtml} $body $item.descriptionHtml $item.description",
                        context));
    }

    @Test
    public void disableHtmlEscapingTurnsEscapingOffUntilEnabledAgain() {
        assertEquals("&lt;b&gt; <b> &lt;b&gt;", PluginTemplates.renderFragment(
                "$v #disable_html_escaping()$v #enable_html_escaping()$v", Map.of("v", "<b>")));
    }

    @Test
    public void nonAsciiTextIsEscapedToEntitiesLikeJirasEscaper() {
        assertEquals("caf&eacute; &rarr;", PluginTemplates.renderFragment("$v", Map.of("v", "café →")));
    }

    @Test
    public void anUndefinedReferenceFailsNamingIt() {
        PluginTemplates.TemplateRenderingException e = assertThrows(PluginTemplates.TemplateRenderingException.class,
                () -> PluginTemplates.renderFragment("<p>$versoin</p>", Map.of("version", "1")));
        assertThat(e.getMessage(), containsString("$versoin"));
    }

    @Test
    public void anUnknownMethodFailsNamingIt() {
        PluginTemplates.TemplateRenderingException e = assertThrows(PluginTemplates.TemplateRenderingException.class,
                () -> PluginTemplates.renderFragment("$i18n.getTxt(\"cx-align.admin.overview.title\")", Map.of()));
        assertThat(e.getMessage(), containsString("getTxt"));
    }

    @Test
    public void quietReferencesAndIfMayUseUndefinedNames() {
        assertEquals("[] no", PluginTemplates.renderFragment("[$!nothing] #if($nothing)yes#{else}no#end", Map.of()));
    }

    @Test
    public void i18nTextsComeFromThePluginsPropertiesAndAreEscaped() {
        StrictI18n i18n = new StrictI18n(Map.of("k", "Tom & Jerry <b>{0}</b>"));
        assertEquals("Tom &amp; Jerry &lt;b&gt;x&lt;/b&gt;",
                PluginTemplates.renderFragment("$i18n.getText(\"k\", \"x\")", Map.of("i18n", i18n)));
        assertEquals(StrictI18n.forPlugin().getText("cx-align.admin.overview.title"),
                PluginTemplates.renderFragment("$i18n.getText('cx-align.admin.overview.title')", Map.of()));
    }

    @Test
    public void anUnknownI18nKeyFailsNamingIt() {
        PluginTemplates.TemplateRenderingException e = assertThrows(PluginTemplates.TemplateRenderingException.class,
                () -> PluginTemplates.renderFragment("$i18n.getText(\"cx-align.no.such.key\")", Map.of()));
        assertThat(e.getMessage(), containsString("cx-align.no.such.key"));
    }

    @Test
    public void strictI18nFormatsLikeJiraAndRejectsUnknownKeys() {
        StrictI18n i18n = new StrictI18n(Map.of("k", "It''s {0} of {1}", "plain", "Don''t"));
        assertEquals("It's 3 of 4", i18n.getText("k", 3, 4));
        assertEquals("Don't", i18n.getText("plain"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> i18n.getText("missing"));
        assertThat(e.getMessage(), containsString("'missing'"));
        assertFalse(i18n.without("k").hasKey("k"));
    }

    @Test
    public void theContextMapItselfIsAvailableAsContext() {
        assertEquals("yes", PluginTemplates.renderFragment("$context.get(\"answer\")", Map.of("answer", "yes")));
    }

    @Test
    public void templatesAreFoundOnTheClassPathAndAMissingOneFailsNamingIt() {
        assertTrue(PluginTemplates.exists("templates/admin/overview.vm"));
        assertFalse(PluginTemplates.exists("templates/admin/nowhere.vm"));
        PluginTemplates.TemplateRenderingException e = assertThrows(PluginTemplates.TemplateRenderingException.class,
                () -> PluginTemplates.render("templates/admin/nowhere.vm", Map.of()));
        assertThat(e.getMessage(), containsString("templates/admin/nowhere.vm"));
    }

    @Test
    public void theTemplateRendererRendersThroughTheSameEngine() throws Exception {
        VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();
        StringWriter out = new StringWriter();
        renderer.render("templates/admin/overview.vm", Map.of("version", "9.9.9", "docsUrl", "https://x"), out);
        assertThat(out.toString(), containsString(">9.9.9<"));
        assertEquals("&lt;", renderer.renderFragment("$v", Map.of("v", "<")));
        assertTrue(renderer.resolve("templates/admin/overview.vm"));
        RenderingException e = assertThrows(RenderingException.class,
                () -> renderer.render("templates/admin/overview.vm", Map.of("version", "1"), new StringWriter()));
        assertThat(e.getMessage(), containsString("$docsUrl"));
    }
}
