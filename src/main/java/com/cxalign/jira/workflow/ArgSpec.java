package com.cxalign.jira.workflow;

import java.util.List;

/**
 * One setting of a workflow check, as the admin sets it when adding the check to a transition: its name in the
 * workflow descriptor's arguments, its kind, its default and, for numbers, its range. Settings are stored as text,
 * as Jira stores every workflow argument; lists as comma-separated text.
 */
public record ArgSpec(String name, Kind kind, String defaultValue, int min, int max, String labelKey) {

    /** What kind of value a setting holds, and so which input the admin gets. */
    public enum Kind {
        NUMBER,
        FLAG,
        LIST
    }

    /** @param labelKey the i18n key of the setting's label */
    public static ArgSpec number(String name, String labelKey, int defaultValue, int min, int max) {
        return new ArgSpec(name, Kind.NUMBER, String.valueOf(defaultValue), min, max, labelKey);
    }

    public static ArgSpec flag(String name, String labelKey, boolean defaultValue) {
        return new ArgSpec(name, Kind.FLAG, String.valueOf(defaultValue), 0, 0, labelKey);
    }

    public static ArgSpec list(String name, String labelKey, List<String> defaultValue) {
        return new ArgSpec(name, Kind.LIST, String.join(", ", defaultValue), 0, 0, labelKey);
    }
}
