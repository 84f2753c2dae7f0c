package com.cxalign.jira.stubs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * Every type that compiled classes refer to (in signatures, instructions, annotations, constants), read from the
 * bytecode with ASM, so that nothing the JVM will load at run time is missed.
 */
final class ReferencedTypes {

    private ReferencedTypes() {
    }

    /** Referenced type (dotted, outer class for nested types) to one class under {@code root} that refers to it. */
    static Map<String, String> under(Path root) {
        Map<String, String> references = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                String referrer = root.relativize(file).toString();
                for (String type : typesIn(file)) {
                    references.putIfAbsent(type, referrer);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return references;
    }

    private static Set<String> typesIn(Path classFile) {
        Set<String> types = new TreeSet<>();
        Remapper collector = new Remapper() {
            @Override
            public String map(String internalName) {
                types.add(outerType(internalName.replace('/', '.')));
                return internalName;
            }
        };
        try (InputStream in = Files.newInputStream(classFile)) {
            // A ClassWriter underneath makes the remapper walk method bodies, not only signatures.
            new ClassReader(in).accept(new ClassRemapper(new ClassWriter(0), collector), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    static String outerType(String name) {
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
