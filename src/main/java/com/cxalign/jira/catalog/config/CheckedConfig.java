package com.cxalign.jira.catalog.config;

import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.rules.CheckedChampion;
import com.cxalign.jira.catalog.rules.CheckedMetric;
import com.cxalign.jira.catalog.rules.GoalDraft;
import com.cxalign.jira.catalog.rules.HygieneSettingsDraft;
import com.cxalign.jira.catalog.rules.MissionDraft;

import java.util.List;

/**
 * A document after {@link ConfigDocumentRules#check}: every entry passed the catalogue's own rules, names are unique
 * in the file, every link names a goal and a metric of the file, and no two champion terms of the file overlap. What
 * it means for this Jira's catalogue (which goal an entry matches) is decided on import.
 *
 * @param mission   null: leave the mission as it is
 * @param champions null: leave the roster as it is
 * @param hygiene   null: leave the hygiene thresholds as they are
 */
public record CheckedConfig(MissionDraft mission, List<ImportedGoal> goals, List<ImportedMetric> metrics,
                            List<ImportedLink> links, List<ImportedChampion> champions, HygieneSettingsDraft hygiene,
                            boolean archiveMissing) {

    public CheckedConfig {
        goals = List.copyOf(goals);
        metrics = List.copyOf(metrics);
        links = List.copyOf(links);
        champions = champions == null ? null : List.copyOf(champions);
    }

    /** What an import needs to find the existing goal or metric an entry means (matched by name and status). */
    public interface ImportedItem {

        /** Where the entry is in the file, e.g. {@code goals[2]}, for errors found later. */
        String path();

        String name();

        CatalogStatus status();
    }

    /**
     * @param departments the departments of the goal's scope, in alphabetical order; null: leave them as they are
     */
    public record ImportedGoal(String path, GoalDraft goal, CatalogStatus status, List<String> departments)
            implements ImportedItem {

        @Override
        public String name() {
            return goal.name();
        }
    }

    public record ImportedMetric(String path, CheckedMetric metric, CatalogStatus status) implements ImportedItem {

        @Override
        public String name() {
            return metric.name();
        }
    }

    /** Names as their goal and metric entries spell them. */
    public record ImportedLink(String goal, String metric) {
    }

    public record ImportedChampion(String path, CheckedChampion champion) {
    }
}
