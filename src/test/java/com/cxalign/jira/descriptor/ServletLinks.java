package com.cxalign.jira.descriptor;

import java.util.List;

import org.w3c.dom.Element;

/** Links to {@code /plugins/servlet/...} must be served by a {@code <servlet>} of this plugin. */
final class ServletLinks {

    private static final String PREFIX = "/plugins/servlet";

    private ServletLinks() {
    }

    /** Adds a problem if {@code url}, linked from {@code where}, is a servlet link that no servlet serves. */
    static void check(ParsedDescriptor descriptor, String where, String url, List<String> problems) {
        if (!url.startsWith(PREFIX + "/")) {
            return;
        }
        String path = url.substring(PREFIX.length()).replaceAll("[?#].*$", "");
        for (Element servlet : descriptor.modules("servlet")) {
            for (Element pattern : Xml.children(servlet, "url-pattern")) {
                if (matches(pattern.getTextContent().trim(), path)) {
                    return;
                }
            }
        }
        problems.add(where + " links to " + url + ", which no <servlet> <url-pattern> of this plugin serves");
    }

    /** Servlet spec mapping: {@code /path/*} (prefix), {@code *.ext} (extension) or an exact path. */
    private static boolean matches(String pattern, String path) {
        if (pattern.endsWith("/*")) {
            String base = pattern.substring(0, pattern.length() - 2);
            return path.equals(base) || path.startsWith(base + "/");
        }
        if (pattern.startsWith("*.")) {
            return path.endsWith(pattern.substring(1));
        }
        return pattern.equals(path);
    }
}
