package com.cxalign.jira.descriptor;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/**
 * A copy of the fixture plugin {@code src/test/resources/descriptor-fixtures/good} in a temporary folder, which a
 * test breaks in one place before it runs {@link PluginDescriptorCheck} on it.
 */
final class FixturePlugin {

    static final String PLUGIN_KEY = "com.example.fixture-plugin";
    static final String DESCRIPTOR = "atlassian-plugin.xml";
    static final String SPRING = "resources/META-INF/spring/fixture-context.xml";
    static final String I18N = "resources/i18n/fixture.properties";
    static final String TEMPLATE = "resources/templates/fixture/validator-view.vm";
    static final String SCRIPT = "resources/js/fixture.js";
    static final String JAVA = "java/com/example/fixture/FixtureMessages.java";
    static final String HOST_CLASSES = "api-stubs-README.md";

    private final Path root;
    private String expectedPluginKey = PLUGIN_KEY;

    private FixturePlugin(Path root) {
        this.root = root;
    }

    /** Copies the good fixture plugin into {@code folder}. */
    static FixturePlugin copyInto(Path folder) {
        Path source = goodFixture();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = folder.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixturePlugin(folder);
    }

    static Path goodFixture() {
        Path basedir = Paths.get(System.getProperty("cx.basedir", "")).toAbsolutePath();
        return basedir.resolve("src/test/resources/descriptor-fixtures/good");
    }

    /** Replaces the only occurrence of {@code text} in {@code file}; fails if it is not there exactly once. */
    FixturePlugin replace(String file, String text, String replacement) {
        String content = read(file);
        int first = content.indexOf(text);
        assertEquals("occurrences of '" + text + "' in fixture " + file, 1,
                first < 0 ? 0 : content.indexOf(text, first + 1) < 0 ? 1 : 2);
        return write(file, content.replace(text, replacement));
    }

    FixturePlugin append(String file, String text) {
        return write(file, read(file) + text);
    }

    FixturePlugin write(String file, String content) {
        return write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    FixturePlugin write(String file, byte[] content) {
        try {
            Files.write(root.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    FixturePlugin delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    FixturePlugin expectingPluginKey(String key) {
        this.expectedPluginKey = key;
        return this;
    }

    String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes(String file) {
        try {
            return Files.readAllBytes(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String file) {
        return root.resolve(file);
    }

    PluginDescriptorCheck check() {
        return PluginDescriptorCheck.of(root.resolve(DESCRIPTOR), root.resolve("resources"))
                .javaSources(root.resolve("java"))
                .hostClasses(HostClassList.readFrom(root.resolve(HOST_CLASSES)))
                .classLoader(FixturePlugin.class.getClassLoader())
                .expectedPluginKey(expectedPluginKey);
    }
}
