package com.cxalign.jira.dashboard.readmodel;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.CatalogUsage;
import com.cxalign.jira.dashboard.store.InitiativeRowEntity;

import net.java.ao.Query;

/**
 * {@link CatalogUsage} from the dashboards' read model: its initiative rows hold the goal and metric each CX
 * Initiative names, one row per issue, kept current by issue events.
 */
public class ReadModelCatalogUsage implements CatalogUsage {

    private final ActiveObjects ao;

    public ReadModelCatalogUsage(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public int initiativesNamingGoal(int goalId) {
        return ao.count(InitiativeRowEntity.class, Query.select().where("GOAL_ID = ?", goalId));
    }

    @Override
    public int initiativesNamingMetric(int metricId) {
        return ao.count(InitiativeRowEntity.class, Query.select().where("METRIC_ID = ?", metricId));
    }
}
