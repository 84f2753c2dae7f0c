package com.cxalign.jira.initiative.alignment;

import com.cxalign.jira.catalog.GoalMetricLinks;
import com.cxalign.jira.catalog.GoalService;
import com.cxalign.jira.catalog.MetricService;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.initiative.model.InitiativeValues;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.security.Actor;

import java.util.Optional;

/**
 * What the catalogue says about an initiative's goal and metric ({@link AlignmentFacts}), read as the plugin itself:
 * whoever asks has been let in already (they may browse the issue, or Jira is running their transition).
 */
public class AlignmentCatalog {

    private final GoalService goals;
    private final MetricService metrics;
    private final GoalMetricLinks links;

    public AlignmentCatalog(GoalService goals, MetricService metrics, GoalMetricLinks links) {
        this.goals = goals;
        this.metrics = metrics;
        this.links = links;
    }

    public AlignmentFacts factsOf(InitiativeValues values) {
        Goal goal = values.goalId() == null ? null : goal(values.goalId()).orElse(null);
        Metric metric = values.metricId() == null ? null : metric(values.metricId()).orElse(null);
        boolean serves = goal != null && metric != null
                && links.goalIdsOf(Actor.plugin(), metric.id()).contains(goal.id());
        return new AlignmentFacts(goal, metric, serves);
    }

    /** The metric with this id, if it still exists. */
    public Optional<Metric> metric(int id) {
        try {
            return Optional.of(metrics.get(Actor.plugin(), id));
        } catch (NotFoundException deleted) {
            return Optional.empty();
        }
    }

    private Optional<Goal> goal(int id) {
        try {
            return Optional.of(goals.get(Actor.plugin(), id));
        } catch (NotFoundException deleted) {
            return Optional.empty();
        }
    }
}
