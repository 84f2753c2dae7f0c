package com.cxalign.jira.initiative.alignment;

import com.cxalign.jira.catalog.GoalMetricLinks;
import com.cxalign.jira.catalog.GoalService;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.initiative.CatalogOptions;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which CX Metric options may go with which CX Goal option, for the create and edit screens: there the plugin's
 * script offers only the metrics linked to the chosen goal. Only active goals and metrics count, as only they can
 * be chosen. The workflow checks enforce the same rule on the server ({@link AlignmentRules}).
 */
public class MetricChoices {

    private final JiraIds ids;
    private final CatalogOptions options;
    private final GoalService goals;
    private final GoalMetricLinks links;

    public MetricChoices(JiraIds ids, CatalogOptions options, GoalService goals, GoalMetricLinks links) {
        this.ids = ids;
        this.options = options;
        this.goals = goals;
        this.links = links;
    }

    /**
     * @param goalField   Jira's id of the CX Goal field ({@code customfield_10010}), null before setup
     * @param metricField Jira's id of the CX Metric field
     * @param metricsByGoalOption for each goal's option id, the option ids of its metrics
     * @param goalNames   each goal's name by its option id, for the message next to the field
     */
    public record Choices(String goalField, String metricField, Map<Long, List<Long>> metricsByGoalOption,
                          Map<Long, String> goalNames) {
    }

    public Choices choices(Actor actor) {
        Access.requireLoggedIn(actor);
        Map<Long, List<Long>> byGoal = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Goal goal : goals.list(actor, false)) {
            Optional<Long> goalOption = options.optionOf(CxField.GOAL.catalogSubject(), goal.id());
            if (goalOption.isEmpty()) {
                continue;
            }
            List<Long> metricOptions = new ArrayList<>();
            for (Metric metric : links.metricsOf(actor, goal.id(), false)) {
                options.optionOf(CxField.METRIC.catalogSubject(), metric.id()).ifPresent(metricOptions::add);
            }
            byGoal.put(goalOption.get(), metricOptions);
            names.put(goalOption.get(), goal.name());
        }
        return new Choices(jiraFieldId(CxField.GOAL), jiraFieldId(CxField.METRIC), byGoal, names);
    }

    private String jiraFieldId(CxField field) {
        return ids.get(field.role()).map(id -> "customfield_" + id).orElse(null);
    }
}
