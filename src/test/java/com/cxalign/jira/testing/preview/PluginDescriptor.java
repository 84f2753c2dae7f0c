package com.cxalign.jira.testing.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the preview needs from the plugin's BUILT descriptor ({@code atlassian-plugin.xml} at the class-path root, i.e.
 * {@code target/classes/atlassian-plugin.xml}, filtered by Maven): web resources, admin web sections and web items,
 * servlet modules, web panels and the i18n texts. Only what is declared there is served, as in Jira.
 */
public final class PluginDescriptor {

    /** A {@code <web-resource>}: its download resources by name, dependencies and transformers by file extension. */
    public static final class WebResource {
        final String key;
        final Map<String, String> downloads;
        final List<String> dependencies;
        final Map<String, List<String>> transformers;
        final List<String> contexts;

        WebResource(String key, Map<String, String> downloads, List<String> dependencies,
                    Map<String, List<String>> transformers, List<String> contexts) {
            this.key = key;
            this.downloads = Collections.unmodifiableMap(downloads);
            this.dependencies = List.copyOf(dependencies);
            this.transformers = Collections.unmodifiableMap(transformers);
            this.contexts = List.copyOf(contexts);
        }

        public String key() {
            return key;
        }

        /** Download name (e.g. {@code cx-admin.js}, or a folder {@code images/}) → class-path location. */
        public Map<String, String> downloads() {
            return downloads;
        }

        public List<String> dependencies() {
            return dependencies;
        }

        /** The web-resource contexts ({@code <context>}) that pull this resource into pages, e.g. {@code atl.admin}. */
        public List<String> contexts() {
            return contexts;
        }

        /** Whether a file of this web resource named {@code name} goes through the transformer {@code key}. */
        public boolean transforms(String name, String transformerKey) {
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1);
            return transformers.getOrDefault(extension, List.of()).contains(transformerKey);
        }

        /** The class-path location of download {@code name}, also inside a folder resource; empty if undeclared. */
        public Optional<String> location(String name) {
            if (downloads.containsKey(name) && !name.endsWith("/")) {
                return Optional.of(downloads.get(name));
            }
            for (Map.Entry<String, String> download : downloads.entrySet()) {
                String folder = download.getKey();
                if (folder.endsWith("/") && name.startsWith(folder) && !name.contains("..")) {
                    String base = download.getValue().endsWith("/") ? download.getValue() : download.getValue() + "/";
                    return Optional.of(base + name.substring(folder.length()));
                }
            }
            return Optional.empty();
        }
    }

    /** A {@code <web-section>}: {@code location/key} is what web items name as their {@code section}. */
    public static final class WebSection {
        final String key;
        final String location;
        final String labelKey;
        final int weight;

        WebSection(String key, String location, String labelKey, int weight) {
            this.key = key;
            this.location = location;
            this.labelKey = labelKey;
            this.weight = weight;
        }

        public String key() {
            return key;
        }

        public String location() {
            return location;
        }

        public String labelKey() {
            return labelKey;
        }

        public String path() {
            return location + "/" + key;
        }
    }

    /** A {@code <web-item>} with its link (relative to Jira's context path, as in the descriptor). */
    public static final class WebItem {
        final String key;
        final String section;
        final String labelKey;
        final String link;
        final String linkId;
        final int weight;

        WebItem(String key, String section, String labelKey, String link, String linkId, int weight) {
            this.key = key;
            this.section = section;
            this.labelKey = labelKey;
            this.link = link;
            this.linkId = linkId;
            this.weight = weight;
        }

        public String key() {
            return key;
        }

        public String section() {
            return section;
        }

        public String labelKey() {
            return labelKey;
        }

        public String link() {
            return link;
        }

        public String linkId() {
            return linkId;
        }
    }

    /** A {@code <servlet>} module: its class name and URL patterns (relative to {@code /plugins/servlet}). */
    public static final class ServletModule {
        final String key;
        final String className;
        final List<String> urlPatterns;

        ServletModule(String key, String className, List<String> urlPatterns) {
            this.key = key;
            this.className = className;
            this.urlPatterns = List.copyOf(urlPatterns);
        }

        public String key() {
            return key;
        }

        public String className() {
            return className;
        }

        public List<String> urlPatterns() {
            return urlPatterns;
        }
    }

    /**
     * A {@code <web-panel>}: where it goes ({@code location}, e.g. {@code atl.jira.view.issue.right.context}), its
     * weight and label, its Velocity {@code view} template and the classes of its context provider and condition
     * (null when it has none).
     */
    public static final class WebPanel {
        final String key;
        final String location;
        final int weight;
        final String labelKey;
        final String template;
        final String contextProviderClass;
        final String conditionClass;

        WebPanel(String key, String location, int weight, String labelKey, String template,
                 String contextProviderClass, String conditionClass) {
            this.key = key;
            this.location = location;
            this.weight = weight;
            this.labelKey = labelKey;
            this.template = template;
            this.contextProviderClass = contextProviderClass;
            this.conditionClass = conditionClass;
        }

        public String key() {
            return key;
        }

        public String location() {
            return location;
        }

        public int weight() {
            return weight;
        }

        public String labelKey() {
            return labelKey;
        }

        /** The class-path location of the {@code <resource type="velocity" name="view">}, or null. */
        public String template() {
            return template;
        }

        public String contextProviderClass() {
            return contextProviderClass;
        }

        public String conditionClass() {
            return conditionClass;
        }
    }

    private final String pluginKey;
    private final Map<String, WebResource> webResources;
    private final List<WebSection> webSections;
    private final List<WebItem> webItems;
    private final Map<String, ServletModule> servlets;
    private final Map<String, WebPanel> webPanels;
    private final Map<String, String> texts;

    private PluginDescriptor(String pluginKey, Map<String, WebResource> webResources, List<WebSection> webSections,
                             List<WebItem> webItems, Map<String, ServletModule> servlets,
                             Map<String, WebPanel> webPanels, Map<String, String> texts) {
        this.pluginKey = pluginKey;
        this.webResources = Collections.unmodifiableMap(webResources);
        this.webSections = List.copyOf(webSections);
        this.webItems = List.copyOf(webItems);
        this.servlets = Collections.unmodifiableMap(servlets);
        this.webPanels = Collections.unmodifiableMap(webPanels);
        this.texts = Collections.unmodifiableMap(texts);
    }

    /** Reads {@code atlassian-plugin.xml} and the i18n resources it names from {@code plugin}'s class path. */
    public static PluginDescriptor read(ClassLoader plugin) {
        URL descriptor = plugin.getResource("atlassian-plugin.xml");
        if (descriptor == null) {
            throw new IllegalStateException("atlassian-plugin.xml is not on the class path: run through Maven "
                    + "(process-resources copies the filtered descriptor to target/classes)");
        }
        Document document;
        try (InputStream in = descriptor.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + descriptor, e);
        }
        Element root = document.getDocumentElement();
        String pluginKey = root.getAttribute("key");
        if (pluginKey.isEmpty() || pluginKey.contains("${")) {
            throw new IllegalStateException(descriptor + " has no filtered plugin key ('" + pluginKey + "'): "
                    + "use the descriptor Maven copied to target/classes");
        }

        Map<String, WebResource> webResources = new LinkedHashMap<>();
        for (Element module : children(root, "web-resource")) {
            Map<String, String> downloads = new LinkedHashMap<>();
            for (Element resource : children(module, "resource")) {
                if ("download".equals(resource.getAttribute("type"))) {
                    downloads.put(resource.getAttribute("name"), resource.getAttribute("location"));
                }
            }
            List<String> dependencies = new ArrayList<>();
            for (Element dependency : children(module, "dependency")) {
                dependencies.add(dependency.getTextContent().trim());
            }
            Map<String, List<String>> transformers = new TreeMap<>();
            for (Element transformation : children(module, "transformation")) {
                List<String> keys = transformers.computeIfAbsent(transformation.getAttribute("extension"),
                        extension -> new ArrayList<>());
                for (Element transformer : children(transformation, "transformer")) {
                    keys.add(transformer.getAttribute("key"));
                }
            }
            List<String> contexts = new ArrayList<>();
            for (Element context : children(module, "context")) {
                contexts.add(context.getTextContent().trim());
            }
            String key = module.getAttribute("key");
            webResources.put(key, new WebResource(key, downloads, dependencies, transformers, contexts));
        }

        List<WebSection> sections = new ArrayList<>();
        for (Element section : children(root, "web-section")) {
            sections.add(new WebSection(section.getAttribute("key"), section.getAttribute("location"),
                    labelKey(section), weight(section)));
        }
        sections.sort((a, b) -> Integer.compare(a.weight, b.weight));

        List<WebItem> items = new ArrayList<>();
        for (Element item : children(root, "web-item")) {
            Element link = first(item, "link");
            items.add(new WebItem(item.getAttribute("key"), item.getAttribute("section"), labelKey(item),
                    link == null ? "" : link.getTextContent().trim(), link == null ? "" : link.getAttribute("linkId"),
                    weight(item)));
        }
        items.sort((a, b) -> Integer.compare(a.weight, b.weight));

        Map<String, ServletModule> servlets = new LinkedHashMap<>();
        for (Element servlet : children(root, "servlet")) {
            List<String> patterns = new ArrayList<>();
            for (Element pattern : children(servlet, "url-pattern")) {
                patterns.add(pattern.getTextContent().trim());
            }
            String key = servlet.getAttribute("key");
            servlets.put(key, new ServletModule(key, servlet.getAttribute("class"), patterns));
        }

        Map<String, WebPanel> panels = new LinkedHashMap<>();
        for (Element panel : children(root, "web-panel")) {
            String template = null;
            for (Element resource : children(panel, "resource")) {
                if ("velocity".equals(resource.getAttribute("type")) && "view".equals(resource.getAttribute("name"))) {
                    template = resource.getAttribute("location");
                }
            }
            Element provider = first(panel, "context-provider");
            Element condition = first(panel, "condition");
            String key = panel.getAttribute("key");
            panels.put(key, new WebPanel(key, panel.getAttribute("location"), weight(panel), labelKey(panel), template,
                    provider == null ? null : provider.getAttribute("class"),
                    condition == null ? null : condition.getAttribute("class")));
        }

        Map<String, String> texts = new TreeMap<>();
        for (Element resource : children(root, "resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                texts.putAll(properties(plugin, resource.getAttribute("location").replace('.', '/') + ".properties"));
            }
        }
        return new PluginDescriptor(pluginKey, webResources, sections, items, servlets, panels, texts);
    }

    public String pluginKey() {
        return pluginKey;
    }

    /** The web resource with this complete key ({@code pluginKey:moduleKey}), if this plugin declares it. */
    public Optional<WebResource> webResource(String completeKey) {
        String prefix = pluginKey + ":";
        if (!completeKey.startsWith(prefix)) {
            return Optional.empty();
        }
        return Optional.ofNullable(webResources.get(completeKey.substring(prefix.length())));
    }

    /** Complete keys of the web resources declared for a context such as {@code atl.admin}, in descriptor order. */
    public List<String> webResourcesInContext(String context) {
        List<String> keys = new ArrayList<>();
        webResources.values().stream().filter(resource -> resource.contexts.contains(context))
                .forEach(resource -> keys.add(pluginKey + ":" + resource.key));
        return keys;
    }

    public List<WebSection> webSections() {
        return webSections;
    }

    public List<WebItem> webItems() {
        return webItems;
    }

    public Optional<ServletModule> servlet(String moduleKey) {
        return Optional.ofNullable(servlets.get(moduleKey));
    }

    public Map<String, ServletModule> servlets() {
        return servlets;
    }

    public Optional<WebPanel> webPanel(String moduleKey) {
        return Optional.ofNullable(webPanels.get(moduleKey));
    }

    public Map<String, WebPanel> webPanels() {
        return webPanels;
    }

    /** The plugin's i18n texts, unformatted (MessageFormat patterns), as in the properties files. */
    public Map<String, String> texts() {
        return texts;
    }

    /** A text for the UI around the plugin's pages (labels); throws on an unknown key, like the rest of the preview. */
    public String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("Unknown i18n key '" + key + "' (not in the plugin's i18n resources)");
        }
        return new MessageFormat(text, Locale.ENGLISH).format(new Object[0]);
    }

    private static Map<String, String> properties(ClassLoader plugin, String resource) {
        try (InputStream in = plugin.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The descriptor's i18n resource " + resource + " is missing");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static String labelKey(Element module) {
        Element label = first(module, "label");
        return label == null ? null : label.getAttribute("key");
    }

    private static int weight(Element module) {
        String weight = module.getAttribute("weight");
        return weight.isEmpty() ? 0 : Integer.parseInt(weight.trim());
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
