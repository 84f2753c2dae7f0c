package com.cxalign.jira.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** DOM helpers shared by the descriptor and Spring XML checks: a parser that refuses DTDs, and element lists. */
final class Xml {

    private Xml() {
    }

    static Document parse(Path file, boolean namespaceAware) throws IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(namespaceAware);
        factory.setExpandEntityReferences(false);
        try {
            // No DOCTYPE: the checked files never need one, and refusing it rules out external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            try (InputStream in = Files.newInputStream(file)) {
                return builder.parse(in, file.toUri().toString());
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every element below {@code root} with that tag name ({@code "*"}: all), in document order. */
    static List<Element> descendants(Element root, String tagName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName(tagName);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                result.add((Element) child);
            }
        }
        return result;
    }

    static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(localName(e))).collect(Collectors.toList());
    }

    static Element firstChild(Element parent, String localName) {
        List<Element> children = children(parent, localName);
        return children.isEmpty() ? null : children.get(0);
    }

    static boolean hasChild(Element parent, String localName) {
        return firstChild(parent, localName) != null;
    }

    /** The local name in a namespace-aware document, the tag name otherwise. */
    static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    /** The trimmed text of {@code element}, or null if there is no element. */
    static String trimmedText(Element element) {
        return element == null ? null : element.getTextContent().trim();
    }
}
