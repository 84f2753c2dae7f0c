package com.cxalign.jira.initiative.setup;

import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.setup.JiraSchema.FieldOption;
import com.cxalign.jira.initiative.store.JiraIds;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Makes sure Jira has CX Align's issue types, link type, fields and options. Runs when the plugin starts (every
 * enable, upgrade and node start) and on demand, and is idempotent: each object is found by the id stored for its
 * role, else adopted by name (an earlier install, or data restored without the plugin's tables), and only created
 * when neither exists. The whole run holds a cluster lock, so nodes starting together cannot create twins.
 */
public class CxSchemaSetup {

    /** Held while the plugin changes Jira's configuration; also taken by {@link FieldOptionSync}. */
    public static final String LOCK = "com.cxalign.cx-align-jira.schema";

    /** The role under which the id of the "addresses feedback" link type is stored. */
    public static final String LINK_ROLE = "link-type.addresses-feedback";
    static final String LINK_NAME = "Addresses feedback";
    static final String LINK_OUTWARD = "addresses feedback";
    static final String LINK_INWARD = "is addressed by";

    private final JiraSchema jira;
    private final JiraIds ids;
    private final ClusterLocks locks;
    private final FieldOptionSync optionSync;

    public CxSchemaSetup(JiraSchema jira, JiraIds ids, ClusterLocks locks, FieldOptionSync optionSync) {
        this.jira = jira;
        this.ids = ids;
        this.locks = locks;
        this.optionSync = optionSync;
    }

    public SetupReport ensure() {
        return locks.underLock(LOCK, () -> {
            SetupReport.Builder report = new SetupReport.Builder();
            Map<CxIssueType, String> issueTypes = new EnumMap<>(CxIssueType.class);
            for (CxIssueType type : CxIssueType.values()) {
                issueTypes.put(type, issueType(type, report));
            }
            linkType(report);
            for (CxField field : CxField.values()) {
                long fieldId = field(field, issueTypes, report);
                fixedOptions(field, fieldId, report);
            }
            optionSync.reconcileHoldingLock(report);
            return report.build();
        });
    }

    private String issueType(CxIssueType type, SetupReport.Builder report) {
        return ensure(type.role(), "issue type " + type.defaultName(), jira::issueTypeExists,
                () -> jira.issueTypeNamed(type.defaultName()), () -> jira.createIssueType(type), report);
    }

    private void linkType(SetupReport.Builder report) {
        ensure(LINK_ROLE, "issue link type " + LINK_NAME, id -> jira.linkTypeExists(Long.parseLong(id)),
                () -> jira.linkTypeNamed(LINK_NAME).map(String::valueOf),
                () -> String.valueOf(jira.createLinkType(LINK_NAME, LINK_OUTWARD, LINK_INWARD)), report);
    }

    private long field(CxField field, Map<CxIssueType, String> issueTypes, SetupReport.Builder report) {
        List<String> contextTypes = field.issueTypes().stream().map(issueTypes::get).toList();
        return Long.parseLong(ensure(field.role(), "field " + field.defaultName(),
                id -> jira.fieldExists(Long.parseLong(id)),
                () -> jira.earlierField(field).map(String::valueOf),
                () -> String.valueOf(jira.createField(field, contextTypes)), report));
    }

    /** Adds the fixed choices a select field lacks (compared ignoring case); an admin's extra options stay. */
    private void fixedOptions(CxField field, long fieldId, SetupReport.Builder report) {
        List<FieldOption> existing = jira.options(fieldId);
        for (String label : field.fixedOptions()) {
            String wanted = label.toLowerCase(Locale.ROOT);
            if (existing.stream().noneMatch(option -> option.value().toLowerCase(Locale.ROOT).equals(wanted))) {
                jira.addOption(fieldId, label);
                report.optionChanges.add("added option " + label + " to " + field.defaultName());
            }
        }
    }

    private String ensure(String role, String what, Predicate<String> exists, Supplier<Optional<String>> byName,
                          Supplier<String> create, SetupReport.Builder report) {
        Optional<String> stored = ids.get(role).filter(exists);
        if (stored.isPresent()) {
            return stored.get();
        }
        Optional<String> named = byName.get();
        String id;
        if (named.isPresent()) {
            id = named.get();
            report.adopted.add(what);
        } else {
            id = create.get();
            report.created.add(what);
        }
        ids.put(role, id);
        return id;
    }
}
