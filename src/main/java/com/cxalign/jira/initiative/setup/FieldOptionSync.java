package com.cxalign.jira.initiative.setup;

import com.cxalign.jira.catalog.CatalogChanges;
import com.cxalign.jira.catalog.GoalService;
import com.cxalign.jira.catalog.MetricService;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.initiative.CatalogOptions;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.setup.JiraSchema.FieldOption;
import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.platform.security.Actor;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the options of CX Goal and CX Metric in step with the catalogue: one option per goal or metric, named
 * like it, disabled while it is archived (issues that hold it still show it; nobody can choose it) and enabled
 * again when it is restored. An option whose goal or metric was deleted is disabled, never deleted, because issues
 * may hold it. Reconciling compares the whole catalogue with the options, so running it again changes nothing
 * and a missed change is repaired by the next run.
 */
public class FieldOptionSync {

    private final JiraSchema jira;
    private final JiraIds ids;
    private final CatalogOptions options;
    private final ClusterLocks locks;
    private final GoalService goals;
    private final MetricService metrics;

    public FieldOptionSync(JiraSchema jira, JiraIds ids, CatalogOptions options, ClusterLocks locks,
                           GoalService goals, MetricService metrics) {
        this.jira = jira;
        this.ids = ids;
        this.options = options;
        this.locks = locks;
        this.goals = goals;
        this.metrics = metrics;
    }

    /** For {@link CatalogChanges#subscribe}: any change to goals or metrics reconciles the options. */
    public void onCatalogChange(CatalogChanges.Change change) {
        if (change.touchesGoalsOrMetrics()) {
            reconcile();
        }
    }

    /** @return what changed, in words; empty when the options already matched */
    public List<String> reconcile() {
        return locks.underLock(CxSchemaSetup.LOCK, () -> {
            SetupReport.Builder report = new SetupReport.Builder();
            reconcileHoldingLock(report);
            return report.optionChanges;
        });
    }

    /** The work of {@link #reconcile()}, for a caller that already holds {@link CxSchemaSetup#LOCK}. */
    void reconcileHoldingLock(SetupReport.Builder report) {
        Map<Integer, Item> goalItems = new LinkedHashMap<>();
        for (Goal goal : goals.list(Actor.plugin(), true)) {
            goalItems.put(goal.id(), new Item(goal.name(), goal.status() != CatalogStatus.ACTIVE));
        }
        Map<Integer, Item> metricItems = new LinkedHashMap<>();
        for (Metric metric : metrics.list(Actor.plugin(), true)) {
            metricItems.put(metric.id(), new Item(metric.name(), metric.status() != CatalogStatus.ACTIVE));
        }
        reconcile(CxField.GOAL, goalItems, report);
        reconcile(CxField.METRIC, metricItems, report);
    }

    private void reconcile(CxField field, Map<Integer, Item> items, SetupReport.Builder report) {
        Optional<Long> fieldId = ids.get(field.role()).map(Long::valueOf).filter(jira::fieldExists);
        if (fieldId.isEmpty()) {
            return; // not set up yet: setup creates the field, then reconciles
        }
        String subject = field.catalogSubject();
        Map<Long, FieldOption> byId = new LinkedHashMap<>();
        jira.options(fieldId.get()).forEach(option -> byId.put(option.id(), option));
        Map<Long, Integer> owners = options.catalogIdsByOption(subject);
        Set<Long> claimed = new HashSet<>();
        items.forEach((catalogId, item) -> {
            FieldOption option = optionFor(field, fieldId.get(), catalogId, item, byId, owners, claimed, report);
            claimed.add(option.id());
            follow(field, option, item, report);
        });
        owners.forEach((optionId, catalogId) -> {
            FieldOption orphan = byId.get(optionId);
            if (!items.containsKey(catalogId) && orphan != null && !orphan.disabled()) {
                jira.setOptionDisabled(optionId, true);
                report.optionChanges.add("disabled " + field.defaultName() + " option " + orphan.value()
                        + " (its " + subject + " was deleted)");
            }
        });
    }

    /** The item's option: the one stored for it if it still exists, else an unowned one of that name, else new. */
    private FieldOption optionFor(CxField field, long fieldId, int catalogId, Item item, Map<Long, FieldOption> byId,
                                  Map<Long, Integer> owners, Set<Long> claimed, SetupReport.Builder report) {
        String role = CatalogOptions.role(field.catalogSubject(), catalogId);
        Optional<FieldOption> stored = ids.get(role).map(Long::valueOf).map(byId::get);
        if (stored.isPresent()) {
            return stored.get();
        }
        String wanted = item.name().toLowerCase(Locale.ROOT);
        Optional<FieldOption> unowned = byId.values().stream()
                .filter(option -> !owners.containsKey(option.id()) && !claimed.contains(option.id()))
                .filter(option -> option.value().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
        FieldOption option = unowned.orElseGet(() -> {
            long id = jira.addOption(fieldId, item.name());
            report.optionChanges.add("added " + field.defaultName() + " option " + item.name());
            return new FieldOption(id, item.name(), false);
        });
        ids.put(role, String.valueOf(option.id()));
        return option;
    }

    private void follow(CxField field, FieldOption option, Item item, SetupReport.Builder report) {
        if (!option.value().equals(item.name())) {
            jira.renameOption(option.id(), item.name());
            report.optionChanges.add("renamed " + field.defaultName() + " option " + option.value() + " to "
                    + item.name());
        }
        if (option.disabled() != item.archived()) {
            jira.setOptionDisabled(option.id(), item.archived());
            report.optionChanges.add((item.archived() ? "disabled " : "enabled ") + field.defaultName()
                    + " option " + item.name());
        }
    }

    private record Item(String name, boolean archived) {
    }
}
