package com.cxalign.jira.testing.velocity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.lang.StringEscapeUtils;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.util.ContextAware;

/**
 * HTML-escapes what a template inserts with {@code $reference}, the way Jira's template renderer does for plugin
 * templates: atlassian-template-renderer's {@code VelocityTemplateRendererImpl} attaches a
 * {@code TemplateRendererHtmlAnnotationEscaper} (a {@code HtmlAnnotationEscaper}) to the context of every rendering.
 * A value is inserted RAW only when
 * <ul>
 *   <li>it is a plain reference ({@code $name}, {@code $!name}, {@code ${name}}) whose name ends in {@code html}
 *       (any case), or is {@code body}, {@code head} or {@code xHtmlContent};</li>
 *   <li>the last method or property in the reference ends in {@code Html} ({@code $issue.descriptionHtml},
 *       {@code $page.getBodyHtml()}), as Jira's method-name annotator treats those as HTML-safe;</li>
 *   <li>the template has called {@code #disable_html_escaping()} (and not {@code #enable_html_escaping()} since).</li>
 * </ul>
 * Not mirrored: Jira also leaves alone values returned by methods annotated {@code @HtmlSafe}; tests cannot see
 * that annotation here, so such values come out escaped (put them in the context under a name ending in
 * {@code Html} instead).
 *
 * <p>Escaping is commons-lang's {@code StringEscapeUtils.escapeHtml} as in the renderer: {@code & < > "} and
 * non-ASCII characters become entities; the apostrophe is NOT escaped, so templates must put references into
 * double-quoted attributes only.
 */
public final class HtmlEscapingReferenceHandler implements ReferenceInsertionEventHandler, ContextAware {

    /** Context key that {@code #disable_html_escaping()} sets. */
    static final String ESCAPING_DISABLED = "__cxAlignHtmlEscapingDisabled";

    private static final Set<String> SAFE_NAMES = Set.of("body", "head", "xHtmlContent");

    /** Set by Velocity before each insertion; {@link PluginTemplates} attaches a new handler to every rendering. */
    private Context context;

    @Override
    public void setContext(Context context) {
        this.context = context;
    }

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || !shouldEscape(reference)) {
            return value;
        }
        if (context != null && Boolean.TRUE.equals(context.get(ESCAPING_DISABLED))) {
            return value;
        }
        return StringEscapeUtils.escapeHtml(value.toString());
    }

    /** Whether Jira's renderer would escape a value inserted by this reference (the literal template text). */
    static boolean shouldEscape(String reference) {
        String[] parts = splitReference(reference);
        if (parts.length == 1) {
            String name = parts[0];
            return !(name.toLowerCase(Locale.ROOT).endsWith("html") || SAFE_NAMES.contains(name));
        }
        String last = parts[parts.length - 1];
        int paren = last.indexOf('(');
        String member = (paren >= 0 ? last.substring(0, paren) : last).trim();
        return !member.endsWith("Html");
    }

    /** {@code $!{a.b("x.y").c}} → {@code [a, b("x.y"), c]}: dots inside arguments do not split. */
    static String[] splitReference(String reference) {
        String body = reference.trim();
        if (body.startsWith("$")) {
            body = body.substring(1);
        }
        if (body.startsWith("!")) {
            body = body.substring(1);
        }
        if (body.startsWith("{") && body.endsWith("}")) {
            body = body.substring(1, body.length() - 1);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (char c : body.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '.' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts.toArray(new String[0]);
    }
}
