package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static com.cxalign.jira.catalog.Catalog.goal;
import static com.cxalign.jira.catalog.Catalog.nps;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.config.ConfigDocument;
import com.cxalign.jira.catalog.config.ConfigDocument.ChampionEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.GoalEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.HygieneEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.LinkEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.MetricEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.MissionEntry;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.rules.ChampionDraft;
import com.cxalign.jira.catalog.rules.GoalDraft;
import com.cxalign.jira.catalog.rules.HygieneSettingsDraft;
import com.cxalign.jira.catalog.rules.MetricDraft;
import com.cxalign.jira.catalog.rules.MissionDraft;
import com.cxalign.jira.catalog.rules.ScopeDraft;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.testing.ao.DatabaseTest;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(DatabaseTest.class)
public class ConfigExportTest {

    @Rule
    public Catalog catalog = new Catalog();

    private ConfigExport exports;
    private AlignmentServices alignment;

    @Before
    public void wire() {
        exports = TransferServices.over(catalog).exports;
        alignment = AlignmentServices.over(catalog);
    }

    @Test
    public void theExportHoldsTheMissionEveryGoalAndMetricWithTheirStatusAndTheLinksByName() {
        catalog.missions.update(ADMIN, new MissionDraft("Answer right the first time.", "Repeat contacts under 5%."),
                0);
        Goal churn = catalog.goals.create(ADMIN, new GoalDraft("Reduce onboarding churn", "Keep new customers.",
                "cx-lead", 20));
        Goal old = catalog.goals.create(ADMIN, goal("Grow repeat orders"));
        catalog.goals.archive(ADMIN, old.id(), old.version());
        Metric range = catalog.metrics.create(ADMIN, new MetricDraft("First reply time", "CUSTOM", "hours",
                "WITHIN_RANGE", new BigDecimal("2"), new BigDecimal("4.5"), new BigDecimal("9"), "2026-01-01",
                new BigDecimal("3"), "2026-12-31", "SUPPORT", null));
        catalog.links.link(ADMIN, churn.id(), range.id());

        ConfigDocument document = exports.export(ADMIN);

        assertEquals("cx-align-catalog", document.format());
        assertEquals(Integer.valueOf(1), document.version());
        assertEquals("2026-11-02T09:00:00Z", document.exportedAt());
        assertEquals(Boolean.FALSE, document.archiveMissing());
        assertEquals(new MissionEntry("Answer right the first time.", "Repeat contacts under 5%."),
                document.mission());
        assertEquals(List.of(new GoalEntry("Grow repeat orders", "Why this goal matters.", "owner-key", "ARCHIVED",
                        30, List.of()),
                new GoalEntry("Reduce onboarding churn", "Keep new customers.", "cx-lead", "ACTIVE", 20, List.of())),
                document.goals());
        assertEquals(List.of(new MetricEntry("First reply time", "CUSTOM", "hours", "WITHIN_RANGE",
                new BigDecimal("2"), new BigDecimal("4.5"), new BigDecimal("9"), "2026-01-01", new BigDecimal("3"),
                "2026-12-31", "SUPPORT", null, "ACTIVE")), document.metrics());
        assertEquals(List.of(new LinkEntry("Reduce onboarding churn", "First reply time")), document.links());
    }

    @Test
    public void theExportHoldsEachGoalsDepartmentsButNotItsProjectsWhichAreInstanceSpecific() {
        Goal churn = catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));
        alignment.scopes.replace(ADMIN, churn.id(), new ScopeDraft(List.of(10000L, 10001L),
                List.of("Support", "onboarding team")), churn.version());

        assertEquals(List.of("onboarding team", "Support"), exports.export(ADMIN).goals().get(0).departments());
    }

    @Test
    public void theExportHoldsTheChampionsRosterAndChangedHygieneThresholds() {
        alignment.champions.create(ADMIN, new ChampionDraft("tom-key", "sales", "2026-01-01", null));
        alignment.champions.create(ADMIN, new ChampionDraft("jane-key", "Support", "2025-01-01", "2025-12-31"));
        alignment.champions.create(ADMIN, new ChampionDraft("ann-key", "Sales", "2025-01-01", "2025-12-31"));
        assertNull(exports.export(ADMIN).hygiene());

        alignment.hygieneSettings.update(ADMIN, new HygieneSettingsDraft(4, 120), 0);
        ConfigDocument document = exports.export(ADMIN);

        assertEquals(List.of(new ChampionEntry("ann-key", "Sales", "2025-01-01", "2025-12-31"),
                new ChampionEntry("tom-key", "sales", "2026-01-01", null),
                new ChampionEntry("jane-key", "Support", "2025-01-01", "2025-12-31")), document.champions());
        assertEquals(new HygieneEntry(4, 120), document.hygiene());
    }

    @Test
    public void keysAreInAlphabeticalOrderAndListsInNameOrderSoThatExportsDiffLineByLine() {
        catalog.goals.create(ADMIN, goal("b goal"));
        catalog.goals.create(ADMIN, goal("A goal"));
        catalog.goals.create(ADMIN, goal("c goal"));
        int z = catalog.metrics.create(ADMIN, nps("Z metric", null)).id();
        int a = catalog.metrics.create(ADMIN, nps("a metric", null)).id();
        for (Goal goal : catalog.goals.list(ADMIN, false)) {
            catalog.links.link(ADMIN, goal.id(), z);
            catalog.links.link(ADMIN, goal.id(), a);
        }

        JsonNode json = Documents.tree(Documents.json(exports.export(ADMIN)));

        assertEquals(List.of("archiveMissing", "champions", "exportedAt", "format", "goals", "hygiene", "links",
                "metrics", "mission", "version"), names(json));
        assertEquals(List.of("departments", "description", "displayOrder", "name", "ownerKey", "status"),
                names(json.get("goals").get(0)));
        assertEquals(List.of("baseline", "baselineDate", "direction", "journeyStage", "kind", "name", "ownerKey",
                "rangeHigh", "rangeLow", "status", "target", "targetDate", "unit"), names(json.get("metrics").get(0)));
        assertEquals(List.of("A goal", "b goal", "c goal"), values(json.get("goals"), "name"));
        assertEquals(List.of("a metric", "Z metric"), values(json.get("metrics"), "name"));
        assertEquals(List.of("A goal", "A goal", "b goal", "b goal", "c goal", "c goal"),
                values(json.get("links"), "goal"));
        assertEquals(List.of("a metric", "Z metric", "a metric", "Z metric", "a metric", "Z metric"),
                values(json.get("links"), "metric"));
    }

    @Test
    public void twoExportsOfAnUnchangedCatalogueDifferOnlyInTheirDate() {
        catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));
        String first = Documents.json(exports.export(ADMIN));
        catalog.clock.advance(Duration.ofDays(1));

        String second = Documents.json(exports.export(ADMIN));

        assertEquals(first.replace("2026-11-02T09:00:00Z", "2026-11-03T09:00:00Z"), second);
    }

    @Test
    public void aMissionNobodyHasWrittenIsLeftOutSoThatAnImportKeepsTheOtherSidesMission() {
        assertNull(exports.export(ADMIN).mission());
        assertEquals(List.of(), exports.export(ADMIN).goals());
    }

    @Test
    public void anExportIsRefusedWhileTwoGoalsOrTwoMetricsShareANameAndNamesThem() {
        Goal old = catalog.goals.create(ADMIN, goal("Grow repeat orders"));
        catalog.goals.archive(ADMIN, old.id(), old.version());
        catalog.goals.create(ADMIN, goal("GROW REPEAT ORDERS"));
        catalog.metrics.create(ADMIN, nps("Onboarding NPS", null));
        catalog.metrics.create(ADMIN, nps("Onboarding NPS", null));
        catalog.metrics.create(ADMIN, nps("Renewal NPS", null));

        ConflictException error = assertThrows(ConflictException.class, () -> exports.export(ADMIN));

        assertEquals("cx-align.config.export.names-clash", error.getMessageKey());
        assertEquals(List.of("\"GROW REPEAT ORDERS\", \"Onboarding NPS\""), error.getArguments());
    }

    @Test
    public void onlyAdminsExport() {
        assertThrows(ForbiddenException.class, () -> exports.export(AGENT));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> values(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(element -> values.add(element.get(field).asText()));
        return values;
    }
}
