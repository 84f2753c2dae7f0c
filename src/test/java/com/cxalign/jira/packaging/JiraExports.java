package com.cxalign.jira.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The packages Jira 10.3 exports to plugins, at their versions, as recorded with sources in
 * {@code src/test/resources/packaging/jira-10.3-exports.properties}.
 */
final class JiraExports {

    private static final String RESOURCE = "/packaging/jira-10.3-exports.properties";

    private JiraExports() {
    }

    static Map<String, String> load() {
        try (InputStream in = JiraExports.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Properties properties = new Properties();
            properties.load(in);
            Map<String, String> exports = new TreeMap<>();
            properties.stringPropertyNames().forEach(name -> exports.put(name, properties.getProperty(name).trim()));
            return exports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
