package com.cxalign.jira.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.w3c.dom.Element;

/**
 * Web-sections and web-items are placed in a web-section of this plugin or a known Jira location, and web-item links
 * are served; part of {@link PluginDescriptorCheck#pluginInfoProblems()}.
 */
final class WebFragmentChecks {

    private WebFragmentChecks() {
    }

    static List<String> problems(ParsedDescriptor descriptor) {
        List<String> problems = new ArrayList<>();
        Map<String, String> sectionLocations = new TreeMap<>();
        for (Element section : descriptor.modules("web-section")) {
            sectionLocations.put(section.getAttribute("key"), section.getAttribute("location").trim());
        }
        for (Element section : descriptor.modules("web-section")) {
            String location = section.getAttribute("location").trim();
            if (!isKnownPlace(location, sectionLocations)) {
                problems.add(ParsedDescriptor.describe(section) + " location " + location
                        + " is neither a web-section of this plugin nor a known Jira location");
            }
        }
        for (Element item : descriptor.modules("web-item")) {
            String section = item.getAttribute("section").trim();
            if (!isKnownPlace(section, sectionLocations)) {
                problems.add(ParsedDescriptor.describe(item) + " section " + section
                        + " is neither '<location>/<key>' of a web-section of this plugin nor a known Jira location");
            }
            Element link = Xml.firstChild(item, "link");
            if (link != null) {
                ServletLinks.check(descriptor, ParsedDescriptor.describe(item) + " <link>",
                        link.getTextContent().trim(), problems);
            }
        }
        return problems;
    }

    private static boolean isKnownPlace(String place, Map<String, String> sectionLocations) {
        return PluginDescriptorCheck.KNOWN_JIRA_LOCATIONS.contains(place) || isDeclaredSection(place, sectionLocations);
    }

    /** Jira addresses a plugin's web-section as {@code <its location>/<its key>}. */
    private static boolean isDeclaredSection(String section, Map<String, String> sectionLocations) {
        int slash = section.lastIndexOf('/');
        if (slash < 0) {
            return false;
        }
        String location = section.substring(0, slash);
        String key = section.substring(slash + 1);
        return location.equals(sectionLocations.get(key));
    }
}
