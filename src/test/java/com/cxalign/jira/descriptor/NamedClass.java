package com.cxalign.jira.descriptor;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

/**
 * A class named in the descriptor and the type it must be there.
 *
 * @param role         {@code module} or {@code module/child}: where it is named, the key into
 *                     {@link PluginDescriptorCheck#REQUIRED_TYPES}
 * @param requiredType null for a module type that the table does not know
 * @param where        the naming element, as problems show it
 */
record NamedClass(String role, String requiredType, String className, String where) {

    /** Every class the descriptor names, in document order. */
    static List<NamedClass> allIn(ParsedDescriptor descriptor) {
        List<NamedClass> result = new ArrayList<>();
        for (Element module : descriptor.modules()) {
            collect(module, module, result);
        }
        return result;
    }

    /** Active Objects entities are interfaces; every other named class is instantiated. */
    boolean isActiveObjectsEntity() {
        return "ao/entity".equals(role);
    }

    /** Jira's own classes are not on the test class path; they must be listed as host classes instead. */
    boolean isHostClass() {
        return className.startsWith("com.atlassian.");
    }

    private static void collect(Element module, Element element, List<NamedClass> result) {
        String elementName = element.getTagName();
        String role = element == module ? module.getTagName() : module.getTagName() + "/" + elementName;
        String className = element.hasAttribute("class") ? element.getAttribute("class")
                : namesClassInText(module, element) ? element.getTextContent() : null;
        if (className != null) {
            result.add(new NamedClass(role, requiredType(role, elementName), className.trim(),
                    ParsedDescriptor.describe(module, element)));
        }
        for (Element child : Xml.children(element)) {
            collect(module, child, result);
        }
    }

    private static boolean namesClassInText(Element module, Element element) {
        String elementName = element.getTagName();
        return element != module && (elementName.endsWith("-class") || "ao".equals(module.getTagName())
                && ("entity".equals(elementName) || "upgradeTask".equals(elementName)));
    }

    private static String requiredType(String role, String elementName) {
        String type = PluginDescriptorCheck.REQUIRED_TYPES.get(role);
        return type != null ? type : role.contains("/") ? PluginDescriptorCheck.REQUIRED_TYPES.get("*/" + elementName) : null;
    }
}
