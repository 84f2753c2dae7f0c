package com.cxalign.jira.descriptor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

/** Web-resource dependencies and module references; see {@link PluginDescriptorCheck#webResourceProblems()}. */
record WebResourceChecks(PluginFiles files) {

    private static final Pattern DEPENDENCY = Pattern.compile("[A-Za-z0-9._-]+:[A-Za-z0-9._-]+");

    List<String> problems(ParsedDescriptor descriptor) {
        List<String> problems = new ArrayList<>();
        String pluginKey = descriptor.pluginKey();
        Set<String> moduleKeys = descriptor.moduleKeys();
        for (Element webResource : descriptor.modules("web-resource")) {
            for (Element dependency : Xml.children(webResource, "dependency")) {
                String value = dependency.getTextContent().trim();
                String where = ParsedDescriptor.describe(webResource) + " <dependency>" + value + "</dependency>";
                if (!DEPENDENCY.matcher(value).matches()) {
                    problems.add(where + " is not of the form pluginKey:moduleKey");
                } else if (value.startsWith(pluginKey + ":")
                        && !moduleKeys.contains(value.substring(pluginKey.length() + 1))) {
                    problems.add(where + " names a module that this plugin does not declare");
                }
            }
        }
        Pattern reference = Pattern.compile("[\"']" + Pattern.quote(pluginKey) + ":([^\"'\\s]+)[\"']");
        List<Path> sources = new ArrayList<>(files.resources(".vm", ".js", ".soy"));
        sources.addAll(files.javaSources());
        for (Path file : sources) {
            Matcher matcher = reference.matcher(PluginFiles.read(file));
            while (matcher.find()) {
                if (!moduleKeys.contains(matcher.group(1))) {
                    problems.add(files.relative(file) + " refers to " + pluginKey + ":" + matcher.group(1)
                            + ", a module that the descriptor does not declare");
                }
            }
        }
        return problems;
    }
}
