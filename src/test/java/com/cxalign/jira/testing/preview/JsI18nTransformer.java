package com.cxalign.jira.testing.preview;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jira's {@code jsI18n} web-resource transformer does to a plugin's JavaScript when it serves it:
 * {@code AJS.I18n.getText("key")} (or {@code WRM.I18n.getText}, single or double quotes) becomes the quoted,
 * formatted text, and {@code AJS.I18n.getText("key", a, b)} becomes {@code AJS.format("pattern", a, b)}. Stricter
 * than Jira: an unknown key in code is an error (Jira would put the key itself into the page). Calls inside comments
 * are left alone (Jira replaces them too, harmlessly), so that a comment mentioning the API is not an error.
 */
public final class JsI18nTransformer {

    /** Thrown for an i18n key that the plugin's properties do not define. */
    public static final class UnknownKeyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownKeyException(String message) {
            super(message);
        }
    }

    private static final Pattern CALL =
            Pattern.compile("\\b(?:AJS|WRM)\\.I18n\\.getText\\(\\s*(['\"])([^'\"]*)\\1\\s*([),])");

    /** Strings and template literals (skipped, so that comment markers in them do not count) or comments. */
    private static final Pattern STRING_OR_COMMENT = Pattern.compile(
            "(\"(?:\\\\.|[^\"\\\\\n])*\"|'(?:\\\\.|[^'\\\\\n])*'|`(?:\\\\.|[^`\\\\])*`)|(/\\*.*?\\*/|//[^\n]*)",
            Pattern.DOTALL);

    private final Map<String, String> texts;

    public JsI18nTransformer(Map<String, String> texts) {
        this.texts = texts;
    }

    /** @param file named in error messages */
    public String transform(String file, String javascript) {
        List<int[]> comments = comments(javascript);
        Matcher matcher = CALL.matcher(javascript);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int start = matcher.start();
            if (comments.stream().anyMatch(range -> range[0] <= start && start < range[1])) {
                continue;
            }
            String key = matcher.group(2);
            String pattern = texts.get(key);
            if (pattern == null) {
                int line = 1 + (int) javascript.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
                throw new UnknownKeyException(file + ":" + line + ": AJS.I18n.getText('" + key + "'): unknown i18n "
                        + "key (not in the plugin's i18n resources)");
            }
            String replacement = ")".equals(matcher.group(3))
                    ? quote(new MessageFormat(pattern, Locale.ENGLISH).format(new Object[0]))
                    : "AJS.format(" + quote(pattern) + ",";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static List<int[]> comments(String javascript) {
        List<int[]> ranges = new ArrayList<>();
        Matcher matcher = STRING_OR_COMMENT.matcher(javascript);
        while (matcher.find()) {
            if (matcher.group(2) != null) {
                ranges.add(new int[] {matcher.start(2), matcher.end(2)});
            }
        }
        return ranges;
    }

    /** A double-quoted JavaScript string literal, safe inside a script element too. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '<': out.append("\\u003c"); break;
                case '>': out.append("\\u003e"); break;
                case '\u2028': out.append("\\u2028"); break;
                case '\u2029': out.append("\\u2029"); break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }
}
