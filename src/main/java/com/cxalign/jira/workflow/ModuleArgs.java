package com.cxalign.jira.workflow;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of one workflow check on one transition, read from the descriptor's arguments with the defaults
 * for what is missing, and written back from the admin's form. Reading never fails: a value that cannot be read
 * (an edited XML file, say) counts as the default, so a transition is never blocked by a broken setting.
 */
public final class ModuleArgs {

    private final Map<String, String> values;

    private ModuleArgs(Map<String, String> values) {
        this.values = values;
    }

    /** The settings stored on a transition (OSWorkflow's raw argument map), over the specs' defaults. */
    public static ModuleArgs of(Map<?, ?> stored, List<ArgSpec> specs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ArgSpec spec : specs) {
            Object raw = stored == null ? null : stored.get(spec.name());
            values.put(spec.name(), normalized(spec, raw == null ? null : raw.toString()));
        }
        return new ModuleArgs(values);
    }

    /** The defaults: what a newly added check starts with. */
    public static ModuleArgs defaults(List<ArgSpec> specs) {
        return of(Map.of(), specs);
    }

    /**
     * From the admin's form as Jira passes it (each value a {@code String[]}, a checkbox absent when unticked):
     * every setting normalized, so that what is stored is what the check will do.
     */
    public static ModuleArgs fromForm(Map<String, Object> form, List<ArgSpec> specs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ArgSpec spec : specs) {
            String submitted = first(form.get(spec.name()));
            if (spec.kind() == ArgSpec.Kind.FLAG) {
                submitted = String.valueOf(submitted != null && !"false".equalsIgnoreCase(submitted));
            }
            values.put(spec.name(), normalized(spec, submitted));
        }
        return new ModuleArgs(values);
    }

    public int number(String name) {
        return Integer.parseInt(values.get(name));
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(values.get(name));
    }

    public List<String> list(String name) {
        return split(values.get(name));
    }

    /** The settings as text by name, for the descriptor's arguments and the templates. */
    public Map<String, String> asMap() {
        return new LinkedHashMap<>(values);
    }

    private static String normalized(ArgSpec spec, String raw) {
        if (raw == null) {
            return spec.defaultValue();
        }
        return switch (spec.kind()) {
            case NUMBER -> number(spec, raw);
            case FLAG -> String.valueOf(Boolean.parseBoolean(raw.strip()));
            case LIST -> String.join(", ", split(raw));
        };
    }

    /** A whole number, held within the spec's range; anything else is the default. */
    private static String number(ArgSpec spec, String raw) {
        try {
            int value = Integer.parseInt(raw.strip());
            return String.valueOf(Math.max(spec.min(), Math.min(spec.max(), value)));
        } catch (NumberFormatException e) {
            return spec.defaultValue();
        }
    }

    /** Items separated by commas or line breaks, trimmed, lower-cased, empty ones and repeats dropped. */
    private static List<String> split(String text) {
        return Arrays.stream(text.split("[,\\n\\r]+")).map(item -> item.strip().toLowerCase(Locale.ROOT))
                .filter(item -> !item.isEmpty()).distinct().toList();
    }

    private static String first(Object value) {
        if (value instanceof String[] array) {
            return array.length == 0 ? null : array[0];
        }
        return value == null ? null : value.toString();
    }
}
