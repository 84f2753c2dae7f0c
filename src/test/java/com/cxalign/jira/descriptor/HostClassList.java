package com.cxalign.jira.descriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Jira classes that the descriptor may name although they are not on the test class path (Jira supplies them):
 * the markdown list under a heading "Host classes named in the descriptor" in {@code src/api-stubs/README.md}.
 * Only entries of the form
 * <pre>- `com.atlassian.jira.plugin.webfragment.conditions.UserIsAdminCondition`: https://evidence/url</pre>
 * count: a class without an evidence URL is not accepted. A missing file or section means no host classes.
 */
public final class HostClassList {

    static final String SECTION_TITLE = "Host classes named in the descriptor";

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*[-*+]\\s+`([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+)`\\s*:?\\s*.*?(https?://\\S+).*$");

    private final Map<String, String> evidenceByClass;

    private HostClassList(Map<String, String> evidenceByClass) {
        this.evidenceByClass = Collections.unmodifiableMap(evidenceByClass);
    }

    public static HostClassList none() {
        return new HostClassList(new TreeMap<>());
    }

    /** Reads the list from a README; a missing file or a missing section gives an empty list. */
    public static HostClassList readFrom(Path readme) {
        if (readme == null || !Files.isRegularFile(readme)) {
            return none();
        }
        try {
            return parse(Files.readAllLines(readme, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + readme, e);
        }
    }

    static HostClassList parse(List<String> lines) {
        Map<String, String> evidence = new TreeMap<>();
        boolean inSection = false;
        int sectionLevel = 0;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                int level = line.trim().indexOf(' ');
                if (heading.group(1).trim().equalsIgnoreCase(SECTION_TITLE)) {
                    inSection = true;
                    sectionLevel = level;
                } else if (inSection && level <= sectionLevel) {
                    inSection = false;
                }
                continue;
            }
            if (inSection) {
                Matcher entry = ENTRY.matcher(line);
                if (entry.matches()) {
                    evidence.put(entry.group(1), entry.group(2));
                }
            }
        }
        return new HostClassList(evidence);
    }

    public boolean contains(String className) {
        return evidenceByClass.containsKey(className);
    }

    public Map<String, String> evidenceByClass() {
        return evidenceByClass;
    }
}
