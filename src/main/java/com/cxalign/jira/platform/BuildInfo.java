package com.cxalign.jira.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts about this build of the plugin (its version, where its documentation lives), read from
 * {@code cx-align-build.properties}, which Maven fills in when it packages the plugin.
 */
public final class BuildInfo {

    static final String RESOURCE = "/cx-align-build.properties";

    private final String version;
    private final String docsUrl;

    public BuildInfo(String version, String docsUrl) {
        this.version = requireText(version, "version");
        this.docsUrl = requireText(docsUrl, "docs.url");
    }

    /** Reads the build facts packaged with the plugin; used as the Spring factory method. */
    public static BuildInfo load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new BuildInfo(properties.getProperty("version"), properties.getProperty("docs.url"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public String getVersion() {
        return version;
    }

    public String getDocsUrl() {
        return docsUrl;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(RESOURCE + " has no value for '" + name + "'; was it filtered by Maven?");
        }
        return value.trim();
    }
}
