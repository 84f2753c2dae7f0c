package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.config.ConfigDocument;
import com.cxalign.jira.catalog.config.ConfigDocument.ChampionEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.GoalEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.HygieneEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.LinkEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.MetricEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.MissionEntry;
import com.cxalign.jira.catalog.config.ConfigDocumentRules;
import com.cxalign.jira.catalog.model.Champion;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.HygieneThresholds;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.Mission;
import com.cxalign.jira.catalog.rules.Departments;
import com.cxalign.jira.catalog.store.GoalMetricEntity;
import com.cxalign.jira.catalog.store.GoalScopeEntity;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import net.java.ao.Query;

/**
 * Exports the catalogue configuration (mission, goals with their departments, metrics, links, the champions roster,
 * the hygiene thresholds) as one {@link ConfigDocument}, for admins.
 * Lists are in name order and links refer to names, so that exports of two instances, or of one instance on two days,
 * diff line by line. Names identify goals and metrics in the document, so an export of a catalogue where two goals (or
 * two metrics) share a name is refused, naming them, rather than writing a file that could not be imported.
 */
public class ConfigExport {

    private static final Comparator<String> BY_NAME = Comparator.comparing(ConfigDocumentRules::nameKey);
    /** By department, then start, then person: the roster's order, with ISO days comparing as dates. */
    private static final Comparator<ChampionEntry> ROSTER = Comparator
            .comparing((ChampionEntry champion) -> Departments.key(champion.department()))
            .thenComparing(ChampionEntry::startsOn)
            .thenComparing(ChampionEntry::userKey);

    private final ActiveObjects ao;
    private final Clock clock;
    private final MissionService missions;
    private final GoalService goals;
    private final MetricService metrics;
    private final ChampionService champions;
    private final HygieneSettings hygiene;

    public ConfigExport(ActiveObjects ao, Clock clock, MissionService missions, GoalService goals,
                        MetricService metrics, ChampionService champions, HygieneSettings hygiene) {
        this.ao = ao;
        this.clock = clock;
        this.missions = missions;
        this.goals = goals;
        this.metrics = metrics;
        this.champions = champions;
        this.hygiene = hygiene;
    }

    public ConfigDocument export(Actor actor) {
        Access.requireAdmin(actor);
        List<Goal> allGoals = goals.list(actor, true);
        List<Metric> allMetrics = metrics.list(actor, true);
        requireUniqueNames(allGoals.stream().map(Goal::name).toList(), allMetrics.stream().map(Metric::name).toList());
        Map<Integer, String> goalNames = allGoals.stream().collect(Collectors.toMap(Goal::id, Goal::name));
        Map<Integer, String> metricNames = allMetrics.stream().collect(Collectors.toMap(Metric::id, Metric::name));
        Map<Integer, List<String>> departments = departments();
        return new ConfigDocument(ConfigDocument.FORMAT, ConfigDocument.VERSION, clock.instant().toString(), false,
                mission(missions.get(actor)),
                allGoals.stream().map(goal -> goal(goal, departments.getOrDefault(goal.id(), List.of())))
                        .sorted(Comparator.comparing(GoalEntry::name, BY_NAME)).toList(),
                allMetrics.stream().map(ConfigExport::metric).sorted(Comparator.comparing(MetricEntry::name, BY_NAME))
                        .toList(),
                links(goalNames, metricNames),
                champions.list(actor, null).stream().map(ConfigExport::champion).sorted(ROSTER).toList(),
                hygiene(hygiene.get(actor)));
    }

    /** Null for a mission nobody has written yet: importing the file then leaves the other side's mission alone. */
    private static MissionEntry mission(Mission mission) {
        return mission.version() == 0 ? null : new MissionEntry(mission.statement(), mission.successStatement());
    }

    private static GoalEntry goal(Goal goal, List<String> departments) {
        return new GoalEntry(goal.name(), goal.description(), goal.ownerKey(), goal.status().name(),
                goal.displayOrder(), departments);
    }

    /** The departments of every goal's scope, in one query; in alphabetical order, as GoalScopes lists them. */
    private Map<Integer, List<String>> departments() {
        Map<Integer, List<String>> departments = new HashMap<>();
        for (GoalScopeEntity row : ao.find(GoalScopeEntity.class, Query.select().where("DEPARTMENT IS NOT NULL"))) {
            departments.computeIfAbsent(row.getGoalId(), id -> new ArrayList<>()).add(row.getDepartment());
        }
        departments.values().forEach(names -> names.sort(String.CASE_INSENSITIVE_ORDER));
        return departments;
    }

    private static ChampionEntry champion(Champion champion) {
        return new ChampionEntry(champion.userKey(), champion.department(), iso(champion.startsOn()),
                iso(champion.endsOn()));
    }

    /** Null for thresholds nobody has changed: importing the file then leaves the other side's thresholds alone. */
    private static HygieneEntry hygiene(HygieneThresholds thresholds) {
        return thresholds.version() == 0 ? null : new HygieneEntry(thresholds.metricCap(), thresholds.staleDays());
    }

    private static MetricEntry metric(Metric metric) {
        return new MetricEntry(metric.name(), metric.kind().name(), metric.unit(), metric.direction().name(),
                metric.rangeLow(), metric.rangeHigh(), metric.baseline(), iso(metric.baselineDate()),
                metric.target(), iso(metric.targetDate()),
                metric.journeyStage() == null ? null : metric.journeyStage().name(), metric.ownerKey(),
                metric.status().name());
    }

    /** One query for all links. A link whose goal or metric was deleted while exporting is left out. */
    private List<LinkEntry> links(Map<Integer, String> goalNames, Map<Integer, String> metricNames) {
        List<LinkEntry> links = new ArrayList<>();
        for (GoalMetricEntity row : ao.find(GoalMetricEntity.class)) {
            String goal = goalNames.get(row.getGoalId());
            String metric = metricNames.get(row.getMetricId());
            if (goal != null && metric != null) {
                links.add(new LinkEntry(goal, metric));
            }
        }
        links.sort(Comparator.comparing(LinkEntry::goal, BY_NAME).thenComparing(LinkEntry::metric, BY_NAME));
        return links;
    }

    private static void requireUniqueNames(List<String> goalNames, List<String> metricNames) {
        List<String> clashes = new ArrayList<>();
        clashes.addAll(repeated(goalNames));
        clashes.addAll(repeated(metricNames));
        if (!clashes.isEmpty()) {
            throw new ConflictException("cx-align.config.export.names-clash", String.join(", ", clashes));
        }
    }

    /** Names used more than once, ignoring case, quoted, in name order. */
    private static List<String> repeated(List<String> names) {
        Map<String, List<String>> byKey = names.stream()
                .collect(Collectors.groupingBy(ConfigDocumentRules::nameKey, TreeMap::new, Collectors.toList()));
        return byKey.values().stream().filter(same -> same.size() > 1).map(same -> "\"" + same.get(0) + "\"")
                .toList();
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
