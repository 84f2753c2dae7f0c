package com.cxalign.jira.stubs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The stub sources in src/api-stubs/java and the evidence table in src/api-stubs/README.md. */
final class ApiStubs {

    static final Path SOURCES = Paths.get("src", "api-stubs", "java");
    static final Path README = Paths.get("src", "api-stubs", "README.md");

    // | `fq.Type` | artifact | javadoc | evidence |
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([\\w.]+)`\\s*\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|\\s*$");

    private ApiStubs() {
    }

    /** The fully qualified names of the stubbed types, one per source file. */
    static Set<String> types() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> SOURCES.relativize(file).toString().replace(".java", "").replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** README rows: type to its "javadoc | evidence" cells. */
    static Map<String, String[]> readmeRows() {
        Map<String, String[]> rows = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(README)) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    rows.put(row.group(1), new String[] {row.group(2).trim(), row.group(3).trim(), row.group(4).trim()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
