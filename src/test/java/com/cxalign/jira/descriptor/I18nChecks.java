package com.cxalign.jira.descriptor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

/**
 * Used i18n keys against defined ones, both ways; see {@link PluginDescriptorCheck#undefinedI18nKeyProblems()} and
 * {@link PluginDescriptorCheck#unusedI18nKeys()}.
 */
record I18nChecks(PluginFiles files) {

    private static final Pattern VM_I18N =
            Pattern.compile("\\$!?\\{?i18n\\.getText\\(\\s*([\"'])([^\"']*)\\1");
    private static final Pattern JS_I18N =
            Pattern.compile("\\b(?:AJS|WRM)\\.I18n\\.getText\\(\\s*([\"'])([^\"']*)\\1");
    /** Velocity comments: {@code ## to the end of the line} and {@code #* ... *#}. */
    private static final Pattern VM_COMMENTS = Pattern.compile("(?s)#\\*.*?\\*#|##[^\\n]*");
    /** JavaScript comments; a line comment must follow whitespace or start the line, so "https://x" stays. */
    private static final Pattern JS_COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|(?m)(?:^|(?<=\\s))//[^\\n]*");

    List<String> undefinedKeyProblems(ParsedDescriptor descriptor) {
        List<String> problems = new ArrayList<>();
        Set<String> defined = definedKeys(descriptor, problems);
        for (Map.Entry<String, Set<String>> use : usedKeys(descriptor).entrySet()) {
            if (!defined.contains(use.getKey())) {
                problems.add("i18n key " + use.getKey() + " is used by " + String.join(", ", use.getValue())
                        + " but defined in no i18n resource");
            }
        }
        return problems;
    }

    /** A key that no scanned use names may still be passed around as a string literal; only then is it used. */
    List<String> unusedKeys(ParsedDescriptor descriptor) {
        List<String> problems = new ArrayList<>();
        Set<String> defined = definedKeys(descriptor, problems);
        Set<String> used = usedKeys(descriptor).keySet();
        List<String> texts = new ArrayList<>();
        texts.add(PluginFiles.read(descriptor.file()));
        for (Path file : files.resources(".vm", ".js", ".xml", ".soy", ".html", ".json")) {
            texts.add(PluginFiles.read(file));
        }
        for (Path file : files.javaSources()) {
            texts.add(PluginFiles.read(file));
        }
        for (String key : defined) {
            if (used.contains(key)) {
                continue;
            }
            Pattern quoted = Pattern.compile("[\"']" + Pattern.quote(key) + "[\"']");
            if (texts.stream().noneMatch(text -> quoted.matcher(text).find())) {
                problems.add("i18n key " + key + " is defined but never used");
            }
        }
        return problems;
    }

    private Set<String> definedKeys(ParsedDescriptor descriptor, List<String> problems) {
        Set<String> keys = new TreeSet<>();
        for (Element resource : descriptor.descendants("resource")) {
            if (!"i18n".equals(resource.getAttribute("type"))) {
                continue;
            }
            Path file = files.i18nBundle(resource.getAttribute("location").trim());
            if (!Files.isRegularFile(file)) {
                continue; // ResourceChecks reports it
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                problems.add("cannot read i18n resource " + files.relative(file) + ": " + e.getMessage());
            }
            keys.addAll(properties.stringPropertyNames());
        }
        return keys;
    }

    /** Key → where it is used (sorted, for stable messages). */
    private Map<String, Set<String>> usedKeys(ParsedDescriptor descriptor) {
        Map<String, Set<String>> used = new TreeMap<>();
        for (Element element : descriptor.descendants("*")) {
            Element module = descriptor.moduleOf(element);
            if (PluginDescriptorCheck.I18N_KEY_ELEMENTS.contains(element.getTagName()) && element.hasAttribute("key")
                    && module != null && !"plugin-info".equals(module.getTagName())) {
                use(used, element.getAttribute("key"), ParsedDescriptor.describe(module, element));
            }
            if (element.hasAttribute("i18n-name-key")) {
                use(used, element.getAttribute("i18n-name-key"),
                        "i18n-name-key of " + ParsedDescriptor.describe(element));
            }
        }
        if (descriptor.root().hasAttribute("i18n-name-key")) {
            use(used, descriptor.root().getAttribute("i18n-name-key"), "<atlassian-plugin>");
        }
        scan(used, VM_I18N, VM_COMMENTS, files.resources(".vm"));
        scan(used, JS_I18N, JS_COMMENTS, files.resources(".js"));
        return used;
    }

    /** Keys in commented-out code are not uses, so comments are blanked before matching. */
    private void scan(Map<String, Set<String>> used, Pattern pattern, Pattern comments, List<Path> sources) {
        for (Path file : sources) {
            Matcher matcher = pattern.matcher(comments.matcher(PluginFiles.read(file)).replaceAll(" "));
            while (matcher.find()) {
                use(used, matcher.group(2), files.relative(file));
            }
        }
    }

    private static void use(Map<String, Set<String>> used, String key, String where) {
        used.computeIfAbsent(key.trim(), k -> new TreeSet<>()).add(where);
    }
}
