package com.cxalign.jira.workflow;

import com.cxalign.jira.platform.errors.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Jira workflows CX Align carries (docs/workflows, in the jar under {@code workflows/}), filled in with one
 * Jira's status and resolution ids. In the templates each step's {@code jira.status.id} is a placeholder
 * {@code @status:Name@}, and the resolution the final transition sets (the {@code field.value} of Jira's
 * {@code UpdateIssueFieldFunction}) is a placeholder {@code @resolution:Name@}, because these ids differ from one
 * Jira to the next; Jira's "Import from XML" needs the real ids. Plain Java: the ids come in as maps, whoever read
 * them from Jira.
 */
public final class WorkflowTemplates {

    /** A bundled workflow: its file name without {@code .xml}, and the name an admin reads. */
    public record Workflow(String name, String displayName) {
    }

    /**
     * One workflow filled in: the statuses and resolutions this Jira lacks (each in the order the workflow names
     * them), and the XML when none is missing ({@code null} otherwise).
     */
    public record Filling(Workflow workflow, List<String> missingStatuses, List<String> missingResolutions,
                          String xml) {

        public Filling {
            missingStatuses = List.copyOf(missingStatuses);
            missingResolutions = List.copyOf(missingResolutions);
        }

        public boolean ready() {
            return missingStatuses.isEmpty() && missingResolutions.isEmpty();
        }
    }

    /**
     * A kind of placeholder: where it may stand ({@link #pattern}: group 1 is what precedes it, group 2 the name; a
     * name holds neither {@code @} nor markup) and what its name stands for in Jira ({@link #noun}). The same text
     * anywhere else, e.g. in the template's comment, is left alone.
     */
    enum Placeholder {
        /** {@code @status:Name@} as the text of a step's {@code <meta name="jira.status.id">}. */
        STATUS("status", Pattern.compile(
                "(<meta\\s+name=\"jira\\.status\\.id\"\\s*>\\s*)@status:([^@<>&\\r\\n]+)@(?=\\s*</meta>)")),
        /** {@code @resolution:Name@} as the text of a function's {@code <arg name="field.value">}. */
        RESOLUTION("resolution", Pattern.compile(
                "(<arg\\s+name=\"field\\.value\"\\s*>\\s*)@resolution:([^@<>&\\r\\n]+)@(?=\\s*</arg>)"));

        final String noun;
        final Pattern pattern;

        Placeholder(String noun, Pattern pattern) {
            this.noun = noun;
            this.pattern = pattern;
        }

        /** The names this kind's placeholders ask for in {@code text}, each once, in the order they appear. */
        List<String> names(String text) {
            Set<String> names = new LinkedHashSet<>();
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(2));
            }
            return List.copyOf(names);
        }

        /**
         * {@code text} with this kind's placeholders replaced by the ids of {@code idsByName}; the names it lacks go
         * to {@code missing} (each once), and then the result is {@code null}.
         */
        String fill(String text, Map<String, String> idsByName, List<String> missing) {
            Lookup lookup = new Lookup(idsByName);
            List<String> lacking = new ArrayList<>();
            StringBuilder filled = new StringBuilder(text.length());
            Matcher matcher = pattern.matcher(text);
            int end = 0;
            while (matcher.find()) {
                String name = matcher.group(2);
                String id = lookup.idOf(name);
                if (id == null) {
                    if (!lacking.contains(name)) {
                        lacking.add(name);
                    }
                    continue;
                }
                if (!DIGITS.matcher(id).matches()) {
                    throw new IllegalArgumentException("Jira's " + noun + " \"" + name + "\" has the id \"" + id
                            + "\", which is not a number");
                }
                filled.append(text, end, matcher.end(1)).append(id);
                end = matcher.end();
            }
            missing.addAll(lacking);
            if (!lacking.isEmpty()) {
                return null;
            }
            return filled.append(text, end, text.length()).toString();
        }
    }

    /** The bundled workflows, in the order the setup page lists them. */
    public static final List<Workflow> BUNDLED = List.of(
            new Workflow("cx-initiative-workflow", "CX Initiative workflow"),
            new Workflow("customer-feedback-workflow", "Customer Feedback workflow"));

    static final String LOCATION = "workflows/";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

    private final Function<String, String> reader;

    /** Reads the templates from the plugin's class path. */
    public WorkflowTemplates() {
        this(WorkflowTemplates::fromClassPath);
    }

    /** Reads the templates with {@code reader} (a file name such as {@code workflows/x.xml} to its text), for tests. */
    WorkflowTemplates(Function<String, String> reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    public List<Workflow> workflows() {
        return BUNDLED;
    }

    /** @throws NotFoundException if CX Align carries no workflow of that name */
    public Workflow workflow(String name) {
        return BUNDLED.stream().filter(workflow -> workflow.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("cx-align.workflow.download.unknown", String.valueOf(name)));
    }

    /** The template's XML, placeholders and all. @throws NotFoundException for an unknown workflow */
    public String template(String name) {
        // Only a bundled name reaches the class path: nothing a caller sends becomes part of a resource path.
        Workflow workflow = workflow(name);
        String xml = reader.apply(LOCATION + workflow.name() + ".xml");
        if (xml == null) {
            throw new IllegalStateException("The plugin lacks its workflow " + LOCATION + workflow.name() + ".xml");
        }
        return xml;
    }

    /** The status names the workflow's placeholders ask for, each once, in the order they appear. */
    public List<String> statusNames(String name) {
        return Placeholder.STATUS.names(template(name));
    }

    /** The resolution names the workflow's placeholders ask for, each once, in the order they appear. */
    public List<String> resolutionNames(String name) {
        return Placeholder.RESOLUTION.names(template(name));
    }

    /**
     * Fills in the workflow's placeholders from {@code statusIds} and {@code resolutionIds} (Jira's statuses and
     * resolutions, name to id; names match ignoring case and surrounding blanks, an exact match winning).
     *
     * @throws NotFoundException        for an unknown workflow
     * @throws IllegalArgumentException if a status or resolution the workflow needs has an id that is not a number
     *                                  (an id goes into the XML as it is, so anything else is refused rather than
     *                                  escaped)
     */
    public Filling fill(String name, Map<String, String> statusIds, Map<String, String> resolutionIds) {
        Workflow workflow = workflow(name);
        String xml = template(name);
        List<String> missingStatuses = new ArrayList<>();
        List<String> missingResolutions = new ArrayList<>();
        String withStatuses = Placeholder.STATUS.fill(xml, statusIds, missingStatuses);
        // The resolutions are looked up in the template too, so that both lists are complete at once.
        String withResolutions = Placeholder.RESOLUTION.fill(withStatuses != null ? withStatuses : xml,
                resolutionIds, missingResolutions);
        boolean ready = withStatuses != null && withResolutions != null;
        return new Filling(workflow, missingStatuses, missingResolutions, ready ? withResolutions : null);
    }

    private static String fromClassPath(String resource) {
        try (InputStream in = WorkflowTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Jira's statuses or resolutions by name: exactly, else ignoring case and surrounding blanks. */
    private static final class Lookup {

        private final Map<String, String> exact = new HashMap<>();
        private final Map<String, String> folded = new HashMap<>();

        Lookup(Map<String, String> idsByName) {
            Objects.requireNonNull(idsByName, "idsByName");
            idsByName.forEach((name, id) -> {
                if (name != null && id != null) {
                    exact.putIfAbsent(name, id);
                    folded.putIfAbsent(fold(name), id);
                }
            });
        }

        String idOf(String name) {
            String id = exact.get(name);
            return id != null ? id : folded.get(fold(name));
        }

        private static String fold(String name) {
            return name.strip().toLowerCase(Locale.ROOT);
        }
    }
}
