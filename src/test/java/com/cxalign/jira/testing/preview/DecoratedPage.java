package com.cxalign.jira.testing.preview;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a page a servlet rendered that a SiteMesh decorator such as Jira's {@code atl.admin} takes over: the
 * title, the rest of the head, the body content and the {@code <meta>} values the decorator reads
 * ({@code decorator}, {@code admin.active.section}, {@code admin.active.tab}).
 */
public final class DecoratedPage {

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD = Pattern.compile("<head[^>]*>(.*?)</head>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta\\s+name=\"([^\"]+)\"\\s+content=\"([^\"]*)\"\\s*/?>",
            Pattern.CASE_INSENSITIVE);

    private final String titleHtml;
    private final String headExtras;
    private final String body;
    private final Map<String, String> meta;

    private DecoratedPage(String titleHtml, String headExtras, String body, Map<String, String> meta) {
        this.titleHtml = titleHtml;
        this.headExtras = headExtras;
        this.body = body;
        this.meta = meta;
    }

    public static DecoratedPage parse(String html) {
        Matcher head = HEAD.matcher(html);
        String headHtml = head.find() ? head.group(1) : "";
        Matcher title = TITLE.matcher(headHtml);
        String titleHtml = title.find() ? title.group(1).trim() : "";
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher metas = META.matcher(headHtml);
        while (metas.find()) {
            meta.put(metas.group(1), metas.group(2));
        }
        String extras = TITLE.matcher(headHtml).replaceAll("");
        extras = extras.replaceAll("(?i)<meta\\s+name=\"decorator\"[^>]*>\\s*", "").trim();
        Matcher body = BODY.matcher(html);
        return new DecoratedPage(titleHtml, extras, body.find() ? body.group(1) : html, meta);
    }

    /** The decorator the page asks for ({@code <meta name="decorator" content="...">}), if any. */
    public Optional<String> decorator() {
        return meta(("decorator"));
    }

    public Optional<String> meta(String name) {
        return Optional.ofNullable(meta.get(name));
    }

    /** The title as the page wrote it (already HTML). */
    public String titleHtml() {
        return titleHtml;
    }

    public String headExtras() {
        return headExtras;
    }

    public String body() {
        return body;
    }
}
