package com.cxalign.jira.testing.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plugin's own compiled classes (what Jira's REST module would scan in the jar), loaded without running their
 * static initialisers. Stubs and test classes are not among them.
 */
public final class PluginClasses {

    /** Maven's output folder for the main code; tests run with the project folder as working directory. */
    public static final Path MAIN_CLASSES = Paths.get("target", "classes");

    private static final String PLUGIN_PACKAGE = "com.cxalign.jira";

    private PluginClasses() {
    }

    public static List<Class<?>> all() {
        return under(MAIN_CLASSES);
    }

    /** Every class in {@code com.cxalign.jira} (and below) compiled into {@code classesRoot}. */
    public static List<Class<?>> under(Path classesRoot) {
        Path packageRoot = classesRoot.resolve(PLUGIN_PACKAGE.replace('.', '/'));
        if (!Files.isDirectory(packageRoot)) {
            throw new IllegalStateException(packageRoot + " does not exist: compile the main code first");
        }
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(packageRoot)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class")).sorted()::iterator) {
                String relative = classesRoot.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                classes.add(load(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PluginClasses.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Cannot load plugin class " + name, e);
        }
    }
}
