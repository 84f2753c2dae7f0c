package com.cxalign.jira.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.osgi.framework.Version;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What Jira 10 needs of the jar an admin uploads, and what must never be in it. Returns the problems found, so that
 * the same check serves the real jar (no problems expected) and doctored jars (each breakage must be reported).
 */
final class PluginJarCheck {

    private static final String OWN_CLASSES = "com/cxalign/";

    private PluginJarCheck() {
    }

    static List<String> problems(Path jar, String pluginKey) throws IOException {
        List<String> problems = new ArrayList<>();
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            Manifest manifest = jarFile.getManifest();
            if (manifest == null) {
                problems.add("the jar has no META-INF/MANIFEST.MF");
                return problems;
            }
            checkManifest(manifest.getMainAttributes(), pluginKey, problems);
            checkEntries(jarFile, problems);
            checkDescriptor(jarFile, pluginKey, problems);
            checkClassesNamedInXml(jarFile, manifest.getMainAttributes().getValue("Import-Package"), problems);
        }
        return problems;
    }

    private static void checkManifest(Attributes headers, String pluginKey, List<String> problems) {
        expect(headers, "Bundle-ManifestVersion", "2", problems);
        expect(headers, "Bundle-SymbolicName", pluginKey, problems);
        expect(headers, "Atlassian-Plugin-Key", pluginKey, problems);
        expect(headers, "Spring-Context", "*", problems);
        String version = headers.getValue("Bundle-Version");
        if (version == null) {
            problems.add("manifest header Bundle-Version is missing");
        } else {
            try {
                Version.parseVersion(version);
            } catch (IllegalArgumentException e) {
                problems.add("manifest header Bundle-Version '" + version + "' is not an OSGi version");
            }
        }
        String exports = headers.getValue("Export-Package");
        if (exports != null && !exports.isBlank()) {
            problems.add("the plugin exports packages it should keep private: " + exports);
        }
        String dynamic = headers.getValue("DynamicImport-Package");
        if (dynamic != null) {
            problems.add("DynamicImport-Package hides missing imports until run time: " + dynamic);
        }
        String imports = headers.getValue("Import-Package");
        if (imports == null || imports.isBlank()) {
            problems.add("manifest header Import-Package is missing");
            return;
        }
        for (ImportedPackage imported : ImportedPackage.parse(imports)) {
            if (imported.name().startsWith("java.")) {
                problems.add("Import-Package lists " + imported.name() + ": java.* comes from the JVM, never import it");
            }
            if (imported.name().contains("*")) {
                problems.add("Import-Package has a wildcard entry '" + imported.name() + "'");
            }
            if (imported.name().startsWith("com.cxalign")) {
                problems.add("Import-Package lists the plugin's own package " + imported.name());
            }
        }
    }

    private static void checkEntries(JarFile jarFile, List<String> problems) {
        Enumeration<JarEntry> entries = jarFile.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.endsWith(".class") && !name.startsWith(OWN_CLASSES)) {
                problems.add("a class that is not the plugin's own is packaged: " + name);
            }
            if (name.endsWith(".jar")) {
                problems.add("a library is bundled inside the plugin: " + name);
            }
        }
    }

    private static void checkDescriptor(JarFile jarFile, String pluginKey, List<String> problems) {
        JarEntry entry = jarFile.getJarEntry("atlassian-plugin.xml");
        if (entry == null) {
            problems.add("atlassian-plugin.xml is missing from the jar root");
            return;
        }
        try (InputStream in = jarFile.getInputStream(entry)) {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
            String key = root.getAttribute("key");
            if (!pluginKey.equals(key)) {
                problems.add("atlassian-plugin.xml has key '" + key + "' but Atlassian-Plugin-Key is '" + pluginKey + "'");
            }
            if (key.contains("${") || root.getTextContent().contains("${project.")) {
                problems.add("atlassian-plugin.xml in the jar still has unfiltered ${...} placeholders");
            }
        } catch (Exception e) {
            problems.add("atlassian-plugin.xml in the jar cannot be parsed: " + e.getMessage());
        }
    }

    /**
     * bnd computes imports from bytecode only. A class that only the descriptor or the Spring XML names (a condition,
     * an imported service's interface) needs its package imported too, or Jira fails to load the module.
     */
    private static void checkClassesNamedInXml(JarFile jarFile, String importHeader, List<String> problems) {
        Set<String> imported = new HashSet<>();
        if (importHeader != null) {
            ImportedPackage.parse(importHeader).forEach(p -> imported.add(p.name()));
        }
        Enumeration<JarEntry> entries = jarFile.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!name.equals("atlassian-plugin.xml") && !(name.startsWith("META-INF/spring/") && name.endsWith(".xml"))) {
                continue;
            }
            for (String className : classNamesIn(jarFile, entry, problems)) {
                String packageName = className.substring(0, Math.max(0, className.lastIndexOf('.')));
                if (className.startsWith("com.cxalign.")) {
                    if (jarFile.getJarEntry(className.replace('.', '/') + ".class") == null) {
                        problems.add(name + " names " + className + ", which is not in the jar");
                    }
                } else if (!packageName.startsWith("java.") && !imported.contains(packageName)) {
                    problems.add(name + " names " + className + " but Import-Package lacks " + packageName);
                }
            }
        }
    }

    private static Set<String> classNamesIn(JarFile jarFile, JarEntry entry, List<String> problems) {
        Set<String> names = new TreeSet<>();
        try (InputStream in = jarFile.getInputStream(entry)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList all = factory.newDocumentBuilder().parse(in).getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                addIfClassName(names, element.getAttribute("class"));
                addIfClassName(names, element.getAttribute("interface"));
                String tag = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
                if (tag.endsWith("-class") || tag.equals("entity") || tag.equals("upgradeTask")) {
                    addIfClassName(names, element.getTextContent().trim());
                }
            }
        } catch (Exception e) {
            problems.add(entry.getName() + " cannot be parsed: " + e.getMessage());
        }
        return names;
    }

    private static void addIfClassName(Set<String> names, String value) {
        if (value != null && value.matches("[\\w$]+(\\.[\\w$]+)+")) {
            names.add(value);
        }
    }

    private static void expect(Attributes headers, String name, String expected, List<String> problems) {
        String actual = headers.getValue(name);
        if (actual == null) {
            problems.add("manifest header " + name + " is missing");
        } else if (!actual.trim().equals(expected)) {
            problems.add("manifest header " + name + " is '" + actual + "', expected '" + expected + "'");
        }
    }

    /** One clause of an Import-Package header: a package name and its attributes. */
    record ImportedPackage(String name, String version, boolean optional) {

        // Splits clauses on commas outside double quotes (version ranges contain commas).
        private static final Pattern CLAUSE = Pattern.compile("((?:[^,\"]|\"[^\"]*\")+)");
        private static final Pattern VERSION = Pattern.compile("version\\s*=\\s*\"?([^\";]+)\"?");

        static List<ImportedPackage> parse(String header) {
            List<ImportedPackage> packages = new ArrayList<>();
            Matcher clauses = CLAUSE.matcher(header);
            while (clauses.find()) {
                String clause = clauses.group(1).trim();
                if (clause.isEmpty()) {
                    continue;
                }
                String[] parts = clause.split(";", 2);
                String attributes = parts.length > 1 ? parts[1] : "";
                Matcher version = VERSION.matcher(attributes);
                packages.add(new ImportedPackage(parts[0].trim(), version.find() ? version.group(1).trim() : null,
                        attributes.replace(" ", "").contains("resolution:=optional")));
            }
            return packages;
        }
    }
}
