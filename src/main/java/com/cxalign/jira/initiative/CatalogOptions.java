package com.cxalign.jira.initiative;

import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.initiative.values.CatalogOptionLookup;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which CX Goal and CX Metric options stand for which goals and metrics. The option of goal 12 is stored under the
 * role {@code option.goal.12}; options are made and kept in step by {@link com.cxalign.jira.initiative.setup.FieldOptionSync}.
 */
public class CatalogOptions {

    private final JiraIds ids;

    public CatalogOptions(JiraIds ids) {
        this.ids = ids;
    }

    public static String role(String subject, int catalogId) {
        return prefix(subject) + catalogId;
    }

    /** The option of a goal or metric, if the plugin made one. */
    public Optional<Long> optionOf(String subject, int catalogId) {
        return ids.get(role(subject, catalogId)).map(Long::valueOf);
    }

    /** Every goal or metric id by the id of its option, read once: for reading many values at a time. */
    public Map<Long, Integer> catalogIdsByOption(String subject) {
        Map<Long, Integer> byOption = new HashMap<>();
        String prefix = prefix(subject);
        ids.withPrefix(prefix).forEach((role, optionId) ->
                byOption.put(Long.valueOf(optionId), Integer.valueOf(role.substring(prefix.length()))));
        return byOption;
    }

    /** A lookup over the options as they are now. */
    public CatalogOptionLookup lookup() {
        Map<String, Map<Long, Integer>> bySubject = new HashMap<>();
        return (field, optionId) -> {
            String subject = field.catalogSubject();
            if (subject == null) {
                return null;
            }
            return bySubject.computeIfAbsent(subject, this::catalogIdsByOption).get(optionId);
        };
    }

    private static String prefix(String subject) {
        return "option." + subject + ".";
    }
}
