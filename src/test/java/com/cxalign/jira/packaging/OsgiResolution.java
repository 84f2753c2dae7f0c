package com.cxalign.jira.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Resolves a plugin jar in a real OSGi framework (Apache Felix) next to a bundle that exports what Jira 10.3 exports
 * to plugins, at the same versions. An import that Jira does not satisfy makes resolution fail, as it would when an
 * admin uploads the plugin; the result names the package.
 */
final class OsgiResolution {

    private OsgiResolution() {
    }

    /**
     * @param exports package name to exported version, as the stand-in for Jira's exports
     * @return empty when the plugin resolves, otherwise the framework's explanation
     */
    static Optional<String> resolve(Path pluginJar, Map<String, String> exports, Path workDir)
            throws IOException, BundleException, InterruptedException {
        Path hostJar = writeHostBundle(exports, workDir.resolve("jira-host.jar"));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, workDir.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.start();
        try {
            framework.getBundleContext().installBundle(hostJar.toUri().toString());
            Bundle plugin = framework.getBundleContext().installBundle(pluginJar.toUri().toString());
            boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));
            if (resolved && plugin.getState() == Bundle.RESOLVED) {
                return Optional.empty();
            }
            try {
                plugin.start(); // fails with the resolver's reason, which names the missing requirement
                return Optional.of("the plugin did not resolve, and starting it gave no reason");
            } catch (BundleException e) {
                return Optional.of(e.getMessage());
            }
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    private static Path writeHostBundle(Map<String, String> exports, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes headers = manifest.getMainAttributes();
        headers.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        headers.putValue(Constants.BUNDLE_SYMBOLICNAME, "jira-10.3-host-packages");
        headers.putValue(Constants.BUNDLE_VERSION, "10.3.0");
        List<String> clauses = new ArrayList<>();
        exports.forEach((name, version) -> clauses.add(name + ";version=\"" + version + "\""));
        headers.putValue(Constants.EXPORT_PACKAGE, clauses.stream().sorted().collect(Collectors.joining(",")));
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
