package com.cxalign.jira.catalog;

import com.cxalign.jira.catalog.config.CheckedConfig.ImportedLink;
import com.cxalign.jira.catalog.config.ConfigDocument.LinkEntry;
import com.cxalign.jira.catalog.config.ImportSummary.LinkChanges;
import com.cxalign.jira.catalog.store.GoalMetricEntity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.java.ao.DBParam;

/**
 * The goal-metric links of an imported document, after its goals and metrics are in place. Links are made where
 * missing and never removed: a link the document lacks is reported. Unlike a link made by hand, an imported link may
 * involve an archived goal or metric, because the document describes links that existed when it was exported.
 */
final class LinkImport {

    /** As GoalMetricLinks audits links. */
    private static final String SUBJECT = "goal-metric";

    private final ImportRun run;

    LinkImport(ImportRun run) {
        this.run = run;
    }

    LinkChanges apply(List<ImportedLink> links, GoalImport goals, MetricImport metrics) {
        Set<GoalMetricLinks.Link> existing = new HashSet<>();
        for (GoalMetricEntity row : run.ao.find(GoalMetricEntity.class)) {
            existing.add(new GoalMetricLinks.Link(row.getGoalId(), row.getMetricId()));
        }
        List<LinkEntry> created = new ArrayList<>();
        List<LinkEntry> unchanged = new ArrayList<>();
        Set<GoalMetricLinks.Link> named = new HashSet<>();
        for (ImportedLink link : links) {
            GoalMetricLinks.Link ids = new GoalMetricLinks.Link(goals.idOf(link.goal()), metrics.idOf(link.metric()));
            named.add(ids);
            if (existing.contains(ids)) {
                unchanged.add(new LinkEntry(link.goal(), link.metric()));
            } else {
                GoalMetricEntity row = run.ao.create(GoalMetricEntity.class, new DBParam("GOAL_ID", ids.goalId()),
                        new DBParam("METRIC_ID", ids.metricId()));
                run.audit(SUBJECT, row.getID(), "link", null, ids);
                created.add(new LinkEntry(link.goal(), link.metric()));
            }
        }
        List<LinkEntry> notInDocument = new ArrayList<>();
        for (GoalMetricLinks.Link link : existing) {
            if (!named.contains(link)) {
                notInDocument.add(new LinkEntry(goals.nameOf(link.goalId()), metrics.nameOf(link.metricId())));
            }
        }
        notInDocument.sort(Comparator.comparing(LinkEntry::goal, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(LinkEntry::metric, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        return new LinkChanges(created, unchanged, notInDocument);
    }
}
