package com.cxalign.jira.descriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The plugin's resources folder (the jar root) and optional Java sources: finding, reading and naming files. */
final class PluginFiles {

    private final Path resourcesRoot;
    private final Path javaSourcesRoot;

    /** @param javaSourcesRoot null: there are no Java sources to scan */
    PluginFiles(Path resourcesRoot, Path javaSourcesRoot) {
        this.resourcesRoot = Objects.requireNonNull(resourcesRoot, "resourcesRoot");
        this.javaSourcesRoot = javaSourcesRoot;
    }

    /** A descriptor location: relative to the jar root, whether or not it starts with a slash. */
    Path resource(String location) {
        return resourcesRoot.resolve(location.startsWith("/") ? location.substring(1) : location);
    }

    /** The properties file an i18n resource location ({@code i18n.cx-align}) stands for. */
    static String i18nBundlePath(String location) {
        return location.replace('.', '/') + ".properties";
    }

    Path i18nBundle(String location) {
        return resourcesRoot.resolve(i18nBundlePath(location));
    }

    /** The resource files whose names end with one of {@code suffixes}, sorted. */
    List<Path> resources(String... suffixes) {
        return files(resourcesRoot, suffixes);
    }

    /** The Java source files, sorted; none if no sources were given. */
    List<Path> javaSources() {
        return files(javaSourcesRoot, ".java");
    }

    /** {@code file} relative to the resources or sources root it is in, for messages. */
    String relative(Path file) {
        return Stream.of(resourcesRoot, javaSourcesRoot).filter(root -> root != null && file.startsWith(root))
                .findFirst().map(root -> root.relativize(file).toString().replace('\\', '/'))
                .orElse(file.toString());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static List<Path> files(Path root, String... suffixes) {
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Arrays.stream(suffixes).anyMatch(s -> p.getFileName().toString().endsWith(s)))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
