package com.cxalign.jira.catalog.store;

import java.util.List;

import net.java.ao.RawEntity;

/** Every Active Objects entity of the catalogue, in the order the upgrade task migrates them. */
public final class CatalogEntities {

    private CatalogEntities() {
    }

    public static List<Class<? extends RawEntity<?>>> all() {
        return List.of(MissionEntity.class, GoalEntity.class, MetricEntity.class, GoalMetricEntity.class,
                ReadingEntity.class, AuditEntryEntity.class, VersionClaimEntity.class,
                GoalScopeEntity.class, ChampionEntity.class, SettingEntity.class);
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] asArray() {
        return all().toArray(new Class[0]);
    }
}
