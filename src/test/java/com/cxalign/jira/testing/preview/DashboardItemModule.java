package com.cxalign.jira.testing.preview;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A {@code <dashboard-item>} of the plugin's built descriptor, as far as the preview's dashboard needs it: its key,
 * the i18n keys of its title and description, its thumbnail, whether it is configurable, and the AMD module Jira
 * instantiates ({@code new Module(API)}).
 */
public record DashboardItemModule(String key, String titleKey, String descriptionKey, String thumbnail,
                                  boolean configurable, String amdModule) {

    /** The descriptor's dashboard items by key, in descriptor order. */
    static Map<String, DashboardItemModule> read(ClassLoader plugin) {
        URL descriptor = plugin.getResource("atlassian-plugin.xml");
        if (descriptor == null) {
            throw new IllegalStateException("atlassian-plugin.xml is not on the class path");
        }
        Document document;
        try (InputStream in = descriptor.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + descriptor, e);
        }
        Map<String, DashboardItemModule> items = new LinkedHashMap<>();
        for (Element module : children(document.getDocumentElement(), "dashboard-item")) {
            Element definition = first(module, "definition");
            Element title = definition == null ? null : first(definition, "title");
            Element thumbnail = definition == null ? null : first(definition, "thumbnail");
            Element description = first(module, "description");
            Element amd = first(module, "amd-module");
            String key = module.getAttribute("key");
            if (amd == null || amd.getTextContent().trim().isEmpty()) {
                throw new IllegalStateException("<dashboard-item key=\"" + key + "\"> has no <amd-module>, the "
                        + "only kind of dashboard item the preview can show");
            }
            items.put(key, new DashboardItemModule(key,
                    title == null ? module.getAttribute("i18n-name-key") : title.getAttribute("key"),
                    description == null ? null : description.getAttribute("key"),
                    thumbnail == null ? null : thumbnail.getAttribute("location"),
                    "true".equals(module.getAttribute("configurable")), amd.getTextContent().trim()));
        }
        return items;
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element && name.equals(((Element) node).getTagName())) {
                result.add((Element) node);
            }
        }
        return result;
    }
}
