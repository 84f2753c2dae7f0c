package com.cxalign.jira.descriptor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A parsed {@code atlassian-plugin.xml}: its modules, plugin information and how problems name its elements. */
final class ParsedDescriptor {

    private final Path file;
    private final Element root;

    private ParsedDescriptor(Path file, Element root) {
        this.file = file;
        this.root = root;
    }

    static ParsedDescriptor parse(Path file) throws IOException, SAXException {
        return new ParsedDescriptor(file, Xml.parse(file, false).getDocumentElement());
    }

    Path file() {
        return file;
    }

    /** {@code <atlassian-plugin>}. */
    Element root() {
        return root;
    }

    String pluginKey() {
        return root.getAttribute("key");
    }

    /** The top-level elements: modules, {@code <plugin-info>} and plugin-wide {@code <resource>}s. */
    List<Element> modules() {
        return Xml.children(root);
    }

    List<Element> modules(String tagName) {
        return Xml.children(root, tagName);
    }

    /** Elements with that tag name at any depth ({@code "*"}: all). */
    List<Element> descendants(String tagName) {
        return Xml.descendants(root, tagName);
    }

    /** The top-level module element that contains {@code element} (itself if it is one). */
    Element moduleOf(Element element) {
        Node current = element;
        while (current != null && current.getParentNode() != root) {
            current = current.getParentNode();
        }
        return current instanceof Element ? (Element) current : null;
    }

    Set<String> moduleKeys() {
        return modules().stream().filter(m -> m.hasAttribute("key")).map(m -> m.getAttribute("key"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The {@code <plugin-info>} params by name (untrimmed text); empty without {@code <plugin-info>}. */
    Map<String, String> pluginInfoParams() {
        Map<String, String> params = new LinkedHashMap<>();
        Element info = Xml.firstChild(root, "plugin-info");
        if (info != null) {
            for (Element param : Xml.children(info, "param")) {
                params.put(param.getAttribute("name"), param.getTextContent());
            }
        }
        return params;
    }

    /** How problems name a module: {@code <servlet key="k">}, or {@code <servlet>} without a key. */
    static String describe(Element module) {
        return "<" + module.getTagName() + (module.hasAttribute("key")
                ? " key=\"" + module.getAttribute("key") + "\">" : ">");
    }

    /** How problems name an element of a module: {@code <label> in <web-item key="k">}, or the module itself. */
    static String describe(Element module, Element element) {
        return element == module ? describe(module) : "<" + element.getTagName() + "> in " + describe(module);
    }

    /** How problems name a plugin-info param: {@code <plugin-info> <param name="n">}. */
    static String describeParam(String name) {
        return "<plugin-info> <param name=\"" + name + "\">";
    }
}
