package com.cxalign.jira.descriptor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The plugin's key, {@code <plugin-info>}, leftover Maven placeholders and module keys; with
 * {@link WebFragmentChecks} this makes {@link PluginDescriptorCheck#pluginInfoProblems()}.
 *
 * @param expectedPluginKey the key the POM defines; null skips that comparison
 */
record PluginInfoChecks(String expectedPluginKey) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");

    /** See {@link PluginDescriptorCheck#unfilteredKeyProblems(Path)}. */
    static List<String> unfilteredKeyProblems(Path unfilteredDescriptor) {
        String key;
        try {
            key = ParsedDescriptor.parse(unfilteredDescriptor).pluginKey();
        } catch (IOException | SAXException e) {
            return List.of("cannot read " + unfilteredDescriptor + ": " + e.getMessage());
        }
        if (!"${plugin.key}".equals(key)) {
            return List.of(unfilteredDescriptor + ": <atlassian-plugin key=\"" + key
                    + "\"> must be key=\"${plugin.key}\" so that the key comes from the POM");
        }
        return List.of();
    }

    List<String> problems(ParsedDescriptor descriptor) {
        List<String> problems = new ArrayList<>();
        String key = descriptor.pluginKey();
        if (expectedPluginKey != null && !expectedPluginKey.equals(key)) {
            problems.add("plugin key " + key + " is not the key the POM defines (" + expectedPluginKey + ")");
        }
        Set<String> placeholders = new TreeSet<>();
        collectPlaceholders(descriptor.root(), placeholders);
        if (!placeholders.isEmpty()) {
            problems.add("descriptor still contains unfiltered placeholders " + placeholders
                    + " (not defined in the POM?)");
        }
        checkPluginInfo(descriptor, problems);
        checkModuleKeys(descriptor, problems);
        return problems;
    }

    private static void checkPluginInfo(ParsedDescriptor descriptor, List<String> problems) {
        Element info = Xml.firstChild(descriptor.root(), "plugin-info");
        if (info == null) {
            problems.add("<plugin-info> is missing");
            return;
        }
        requireText(problems, "<plugin-info><description>", Xml.trimmedText(Xml.firstChild(info, "description")));
        requireText(problems, "<plugin-info><version>", Xml.trimmedText(Xml.firstChild(info, "version")));
        Element vendor = Xml.firstChild(info, "vendor");
        requireText(problems, "<plugin-info><vendor name>", vendor == null ? null : vendor.getAttribute("name"));
        requireText(problems, "<plugin-info><vendor url>", vendor == null ? null : vendor.getAttribute("url"));
        Map<String, String> params = descriptor.pluginInfoParams();
        requireParam(problems, params, "atlassian-data-center-status", "compatible");
        requireParam(problems, params, "atlassian-data-center-compatible", "true");
        String configureUrl = params.get("configure.url");
        if (configureUrl != null) {
            ServletLinks.check(descriptor, ParsedDescriptor.describeParam("configure.url"), configureUrl.trim(),
                    problems);
        }
    }

    private static void checkModuleKeys(ParsedDescriptor descriptor, List<String> problems) {
        Map<String, Integer> keys = new TreeMap<>();
        for (Element module : descriptor.modules()) {
            if (module.hasAttribute("key")) {
                keys.merge(module.getAttribute("key"), 1, Integer::sum);
            } else if (!Set.of("plugin-info", "resource").contains(module.getTagName())) {
                problems.add("<" + module.getTagName() + "> has no key");
            }
        }
        keys.forEach((moduleKey, count) -> {
            if (count > 1) {
                problems.add("module key " + moduleKey + " is used by " + count + " modules");
            }
        });
    }

    /** Maven placeholders left in attributes or text (not in comments, where Maven leaves them too). */
    private static void collectPlaceholders(Node node, Set<String> placeholders) {
        List<String> values = new ArrayList<>();
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            values.add(node.getNodeValue());
        }
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                values.add(node.getAttributes().item(i).getNodeValue());
            }
        }
        for (String value : values) {
            Matcher matcher = PLACEHOLDER.matcher(value);
            while (matcher.find()) {
                placeholders.add(matcher.group());
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collectPlaceholders(child, placeholders);
        }
    }

    private static void requireText(List<String> problems, String what, String value) {
        if (value == null || value.isBlank()) {
            problems.add(what + " is missing or empty");
        }
    }

    private static void requireParam(List<String> problems, Map<String, String> params, String name, String value) {
        String actual = params.get(name);
        if (!value.equals(actual == null ? null : actual.trim())) {
            problems.add(ParsedDescriptor.describeParam(name) + " must be " + value + " (is "
                    + (actual == null ? "missing" : actual) + ")");
        }
    }
}
