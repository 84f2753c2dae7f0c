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
 * Jira's status ids. In the templates each step's {@code jira.status.id} is a placeholder {@code @status:Name@},
 * because status ids differ from one Jira to the next; Jira's "Import from XML" needs the real ids. Plain Java: the
 * status ids come in as a map, whoever read them from Jira.
 */
public final class WorkflowTemplates {

    /** A bundled workflow: its file name without {@code .xml}, and the name an admin reads. */
    public record Workflow(String name, String displayName) {
    }

    /**
     * One workflow filled in: the statuses this Jira lacks (in the order the workflow names them), and the XML
     * when none is missing ({@code null} otherwise).
     */
    public record Filling(Workflow workflow, List<String> missingStatuses, String xml) {

        public Filling {
            missingStatuses = List.copyOf(missingStatuses);
        }

        public boolean ready() {
            return missingStatuses.isEmpty();
        }
    }

    /** The bundled workflows, in the order the setup page lists them. */
    public static final List<Workflow> BUNDLED = List.of(
            new Workflow("cx-initiative-workflow", "CX Initiative workflow"),
            new Workflow("customer-feedback-workflow", "Customer Feedback workflow"));

    static final String LOCATION = "workflows/";
    /**
     * {@code @status:Name@} as the text of a step's {@code <meta name="jira.status.id">} (group 1 is what precedes
     * it, group 2 the name); a name holds neither {@code @} nor markup. The same text elsewhere, e.g. in the
     * template's comment, is left alone.
     */
    static final Pattern PLACEHOLDER = Pattern.compile(
            "(<meta\\s+name=\"jira\\.status\\.id\"\\s*>\\s*)@status:([^@<>&\\r\\n]+)@(?=\\s*</meta>)");
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
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template(name));
        while (matcher.find()) {
            names.add(matcher.group(2));
        }
        return List.copyOf(names);
    }

    /**
     * Fills in the workflow's placeholders from {@code idsByName} (Jira's statuses, name to id; names match
     * ignoring case and surrounding blanks, an exact match winning).
     *
     * @throws NotFoundException        for an unknown workflow
     * @throws IllegalArgumentException if a status the workflow needs has an id that is not a number (an id goes
     *                                  into the XML as it is, so anything else is refused rather than escaped)
     */
    public Filling fill(String name, Map<String, String> idsByName) {
        Workflow workflow = workflow(name);
        String template = template(name);
        StatusLookup statuses = new StatusLookup(idsByName);
        List<String> missing = new ArrayList<>();
        StringBuilder xml = new StringBuilder(template.length());
        Matcher matcher = PLACEHOLDER.matcher(template);
        int end = 0;
        while (matcher.find()) {
            String status = matcher.group(2);
            String id = statuses.idOf(status);
            if (id == null) {
                if (!missing.contains(status)) {
                    missing.add(status);
                }
                continue;
            }
            if (!DIGITS.matcher(id).matches()) {
                throw new IllegalArgumentException("Jira's status \"" + status + "\" has the id \"" + id
                        + "\", which is not a number");
            }
            xml.append(template, end, matcher.end(1)).append(id);
            end = matcher.end();
        }
        if (!missing.isEmpty()) {
            return new Filling(workflow, missing, null);
        }
        xml.append(template, end, template.length());
        return new Filling(workflow, List.of(), xml.toString());
    }

    private static String fromClassPath(String resource) {
        try (InputStream in = WorkflowTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Jira's statuses by name: exactly, else ignoring case and surrounding blanks. */
    private static final class StatusLookup {

        private final Map<String, String> exact = new HashMap<>();
        private final Map<String, String> folded = new HashMap<>();

        StatusLookup(Map<String, String> idsByName) {
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
