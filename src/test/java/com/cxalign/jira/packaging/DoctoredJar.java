package com.cxalign.jira.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A copy of the plugin jar with one thing broken on purpose, to prove that the jar checks notice. */
final class DoctoredJar {

    private final Path source;
    private Consumer<Manifest> manifestChange = manifest -> { };
    private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();

    private DoctoredJar(Path source) {
        this.source = source;
    }

    static DoctoredJar of(Path source) {
        return new DoctoredJar(source);
    }

    DoctoredJar manifest(Consumer<Manifest> change) {
        this.manifestChange = change;
        return this;
    }

    DoctoredJar add(String entryName, byte[] content) {
        extraEntries.put(entryName, content);
        return this;
    }

    Path writeTo(Path target) throws IOException {
        try (JarFile jar = new JarFile(source.toFile())) {
            Manifest manifest = new Manifest(jar.getManifest());
            manifestChange.accept(manifest);
            try (OutputStream file = Files.newOutputStream(target);
                 JarOutputStream out = new JarOutputStream(file, manifest)) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
                for (Map.Entry<String, byte[]> extra : extraEntries.entrySet()) {
                    out.putNextEntry(new JarEntry(extra.getKey()));
                    out.write(extra.getValue());
                    out.closeEntry();
                }
            }
        }
        return target;
    }
}
