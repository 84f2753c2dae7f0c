package com.cxalign.jira.admin;

import static com.cxalign.jira.admin.PageActions.closeFlags;
import static com.cxalign.jira.admin.PageActions.count;
import static com.cxalign.jira.admin.PageActions.options;
import static com.cxalign.jira.admin.PageActions.select;
import static com.cxalign.jira.admin.PageActions.setValue;
import static com.cxalign.jira.admin.PageActions.successFlag;
import static com.cxalign.jira.admin.PageActions.waitForText;
import static com.cxalign.jira.admin.PageActions.waitUntil;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.AlignmentServices;
import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.Mission;
import com.cxalign.jira.catalog.rules.GoalDraft;
import com.cxalign.jira.catalog.rules.MissionDraft;
import com.cxalign.jira.testing.browser.Browser;
import com.cxalign.jira.testing.preview.PreviewUser;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Jira administration → CX Align → Mission &amp; goals in headless Chromium: the real servlet and template, the real
 * catalogue REST resources with the plugin's error mappers, the real services on a real database ({@link Catalog}),
 * signed in as a Jira administrator. Writes docs/images/catalog-empty.png, catalog-goals.png and
 * catalog-metric-error.png.
 */
public class MissionGoalsPageBrowserTest {

    private static final String HOSTILE = "<img src=x onerror=\"window.cxHacked=1\">Churn & \"friends\"";

    @Rule(order = 0)
    public final Catalog catalog = new Catalog();

    @Rule(order = 1)
    public final Browser browser = new Browser().windowSize(1200, 800);

    @Rule(order = 2)
    public final TemporaryFolder files = new TemporaryFolder();

    @Rule(order = 3)
    public final CatalogAdminServer jira = new CatalogAdminServer(catalog, browser);

    @Test
    public void anEmptyCatalogueSaysWhatToDoFirstAndTheMissionIsSavedWithItsVersion() {
        openPage();
        browser.waitFor("#cx-goals-empty");
        assertThat(browser.text("#cx-goals-empty"), containsString("No goals yet"));
        assertTrue(browser.waitFor("#cx-mission-first").isDisplayed());
        assertEquals("Mission & goals", browser.text("#admin-sidebar .aui-nav-selected a"));
        browser.script("document.getElementById('cx-goals').scrollIntoView({block: 'end'});");
        browser.screenshot(Browser.projectFile("docs/images/catalog-empty.png"));

        browser.type("#cx-mission-statement", "Every customer reaches value in their first week with us.");
        browser.type("#cx-mission-success", "Onboarding churn falls from 12% to 5% by the end of 2026.");
        browser.click("#cx-mission-save");

        assertEquals("The CX mission is saved.", successFlag(browser));
        Mission saved = catalog.missions.get(Catalog.ADMIN);
        assertEquals(1, saved.version());
        assertEquals("Every customer reaches value in their first week with us.", saved.statement());
        assertEquals(PreviewUser.ADMIN.userKey().getStringValue(), saved.changedBy());
        assertNull(browser.attribute("#cx-mission-statement", "aria-invalid"));
        assertThat(browser.text("#cx-mission-changed"), containsString("Last saved by preview-admin"));
        assertFalse(browser.driver().findElement(By.id("cx-mission-first")).isDisplayed());

        // A second save sends the new version; a blank statement is refused next to its field.
        closeFlags(browser);
        browser.expectConsoleError("status of 400");
        browser.type("#cx-mission-success", "   ");
        browser.click("#cx-mission-save");
        waitForText(browser, "#cx-mission-form [data-field='successStatement'] .error", "This field is required.");
        assertEquals("true", browser.attribute("#cx-mission-success", "aria-invalid"));
        assertEquals(0, count(browser, "#cx-mission-form [data-field='statement'] .error"));
        assertEquals(1, catalog.missions.get(Catalog.ADMIN).version());
    }

    @Test
    public void aMissionSavedByAnotherAdminInTheMeantimeIsAConflictWithAReloadButton() {
        openPage();
        browser.waitFor("#cx-goals-empty");
        catalog.missions.update(Catalog.ADMIN, new MissionDraft("Their mission.", "Their success."), 0);

        browser.expectConsoleError("status of 409");
        browser.type("#cx-mission-statement", "My mission.");
        browser.type("#cx-mission-success", "My success.");
        browser.click("#cx-mission-save");

        String problem = browser.text("#cx-mission-form [data-problem] .aui-message-warning");
        assertThat(problem, containsString("Someone else changed this"));
        assertThat(problem, containsString("Reload and make your change again."));
        assertEquals("Their mission.", catalog.missions.get(Catalog.ADMIN).statement());

        browser.click("#cx-mission-form [data-problem] .cx-reload");
        waitUntil(browser, "the reloaded mission", () -> "Their mission.".equals(
                browser.waitFor("#cx-mission-statement").getAttribute("value")));
    }

    @Test
    public void anAdminAddsAGoalAndSeesItListed() {
        openPage();
        browser.click("#cx-goal-add-empty");
        browser.type("#cx-goal-name", "Reduce onboarding churn");
        browser.type("#cx-goal-description", "Fewer new customers leave in their first 90 days.");
        browser.type("#cx-goal-owner", "maria.lopez");
        browser.click("#cx-goal-save");

        waitForText(browser, ".cx-goal .cx-goal-name", "Reduce onboarding churn");
        assertEquals("The goal \"Reduce onboarding churn\" is saved.", successFlag(browser));
        assertEquals("Fewer new customers leave in their first 90 days.", browser.text(".cx-goal .cx-goal-description"));
        assertEquals("Owner: maria.lopez", browser.text(".cx-goal .cx-goal-owner"));
        assertThat(browser.text(".cx-goal .cx-goal-no-metrics"), containsString("No metrics yet."));
        assertFalse(browser.driver().findElement(By.id("cx-goals-empty")).isDisplayed());
        List<Goal> goals = catalog.goals.list(Catalog.ADMIN, false);
        assertEquals(1, goals.size());
        assertEquals("maria.lopez", goals.get(0).ownerKey());

        // The same name again is refused next to the name field.
        browser.expectConsoleError("status of 400");
        browser.click("#cx-goal-add");
        browser.type("#cx-goal-name", "REDUCE onboarding churn");
        browser.click("#cx-goal-save");
        waitForText(browser, "#cx-goal-form [data-field='name'] .error",
                "An active goal is already called \"REDUCE onboarding churn\".");
        assertEquals(1, catalog.goals.list(Catalog.ADMIN, true).size());
    }

    @Test
    public void aTargetWorseThanTheBaselineIsShownNextToTheTargetAndNothingIsSaved() {
        Goal goal = catalog.goals.create(Catalog.ADMIN, new GoalDraft("Grow relationship NPS",
                "Customers recommend us because we solve their problems.", "kim.nguyen", null));
        openPage();
        browser.click("#cx-goal-" + goal.id() + " .cx-metric-add");
        browser.waitFor("#cx-metric-name");
        assertEquals("For the goal: Grow relationship NPS", browser.text("#cx-metric-goal"));

        // Units and the usual direction follow the kind.
        select(browser, "#cx-metric-kind", "CSAT");
        assertEquals(List.of("%", "score 1-5"), options(browser, "#cx-metric-unit-choice"));
        select(browser, "#cx-metric-kind", "CHURN_RATE");
        assertEquals("LOWER_IS_BETTER", browser.waitFor("#cx-metric-direction").getAttribute("value"));
        select(browser, "#cx-metric-kind", "SUPPORT_CONTACTS");
        assertTrue(browser.waitFor("#cx-metric-unit-text").isDisplayed());
        assertEquals("contacts", browser.waitFor("#cx-metric-unit-text").getAttribute("value"));
        select(browser, "#cx-metric-kind", "NPS");
        assertEquals(List.of("NPS"), options(browser, "#cx-metric-unit-choice"));
        assertEquals("HIGHER_IS_BETTER", browser.waitFor("#cx-metric-direction").getAttribute("value"));
        assertEquals("Values from -100 to 100.", browser.text("#cx-metric-scale"));

        browser.type("#cx-metric-name", "Relationship NPS");
        browser.type("#cx-metric-baseline", "20");
        setValue(browser, "#cx-metric-baseline-date", "2025-12-31");
        browser.type("#cx-metric-target", "15");
        setValue(browser, "#cx-metric-target-date", "2026-12-31");
        select(browser, "#cx-metric-stage", "ADVOCACY");
        browser.type("#cx-metric-owner", "kim.nguyen");
        browser.expectConsoleError("status of 400");
        browser.click("#cx-metric-save");

        waitForText(browser, "#cx-metric-form [data-field='target'] .error",
                "The target must be higher than the baseline: higher is better for this metric.");
        assertEquals("true", browser.attribute("#cx-metric-target", "aria-invalid"));
        assertEquals(1, count(browser, "#cx-metric-form .cx-field-error"));
        assertEquals("Some of the values you entered need attention.",
                browser.text("#cx-metric-form [data-problem]"));
        assertTrue(catalog.metrics.list(Catalog.ADMIN, true).isEmpty());
        browser.screenshot(Browser.projectFile("docs/images/catalog-metric-error.png"));

        browser.type("#cx-metric-target", "35");
        browser.click("#cx-metric-save");
        waitForText(browser, "#cx-goal-" + goal.id() + " .cx-metric .cx-metric-name", "Relationship NPS");
        assertEquals("The metric \"Relationship NPS\" is saved.", successFlag(browser));
        String row = "#cx-goal-" + goal.id() + " .cx-metric";
        assertEquals("20 → — → 35", browser.text(row + " .cx-progress-values"));
        assertEquals("none", browser.attribute(row + " .cx-progress", "data-state"));
        assertThat(browser.text(row + " .cx-col-direction"), containsString("Higher is better"));
        assertThat(browser.text(row + " .cx-metric-meta"), containsString("NPS · Advocacy"));
        Metric saved = catalog.links.metricsOf(Catalog.ADMIN, goal.id(), false).get(0);
        assertEquals("NPS", saved.unit());
        assertEquals(0, saved.target().compareTo(new BigDecimal("35")));
        assertEquals("kim.nguyen", saved.ownerKey());
    }

    @Test
    public void theGoalsShowTheirMetricsProgressInTheMetricsDirection() {
        CatalogSampleData.fill(catalog);
        openPage();
        browser.waitFor(".cx-goal");
        List<Goal> active = catalog.goals.list(Catalog.ADMIN, false);
        assertEquals(List.of(CatalogSampleData.CHURN_GOAL, CatalogSampleData.NPS_GOAL, CatalogSampleData.BILLING_GOAL,
                CatalogSampleData.ORDERS_GOAL), active.stream().map(Goal::name).toList());
        assertEquals(active.stream().map(Goal::name).toList(), browser.driver()
                .findElements(By.cssSelector("#cx-goals-list .cx-goal h3"))
                .stream().map(WebElement::getText).toList());

        String nps = metricRow(CatalogSampleData.NPS_METRIC);
        assertEquals("20 → 29 → 35", browser.text(nps + " .cx-progress-values"));
        assertEquals("60", browser.attribute(nps + " .cx-progress", "data-progress"));
        assertEquals("60% of the way", browser.text(nps + " .cx-progress-verdict"));
        assertEquals("worse", browser.attribute(metricRow("Billing support contacts") + " .cx-progress", "data-state"));
        assertEquals("inside", browser.attribute(metricRow("First response time") + " .cx-progress", "data-state"));
        assertEquals("No owner", browser.textContent(metricRow("First response time") + " .cx-no-owner"));
        assertEquals("none", browser.attribute(metricRow("Repeat orders per month") + " .cx-progress", "data-state"));
        assertEquals("1", browser.textContent("#cx-goals-archived-count"));
        assertThat(browser.text("#cx-metrics-unlinked"), containsString("Website visits"));

        browser.script("document.getElementById('cx-goals').scrollIntoView();");
        browser.screenshot(Browser.projectFile("docs/images/catalog-goals.png"));
    }

    @Test
    public void anArchivedGoalMovesToTheCollapsedArchiveAndComesBackWhenRestored() {
        CatalogSampleData.fill(catalog);
        Goal orders = goalNamed(CatalogSampleData.ORDERS_GOAL);
        openPage();
        browser.click("#cx-goal-" + orders.id() + " .cx-goal-archive");

        assertEquals("The goal \"Increase repeat orders\" is archived. You can restore it from the archived goals.",
                successFlag(browser));
        waitUntil(browser, "the archived goal to leave the list", () -> !browser.exists("#cx-goal-" + orders.id()));
        assertEquals("2", browser.textContent("#cx-goals-archived-count"));
        assertEquals(CatalogStatus.ARCHIVED, catalog.goals.get(Catalog.ADMIN, orders.id()).status());
        assertNull("the archive starts collapsed", browser.attribute("#cx-goals-archived", "open"));
        String archived = "#cx-goals-archived-list [data-goal-id='" + orders.id() + "']";
        assertFalse(browser.driver().findElement(By.cssSelector(archived)).isDisplayed());

        browser.click("#cx-goals-archived > summary");
        assertThat(browser.text(archived), containsString("Increase repeat orders"));
        closeFlags(browser);
        browser.click(archived + " .cx-goal-restore");

        assertEquals("The goal \"Increase repeat orders\" is active again.", successFlag(browser));
        browser.waitFor("#cx-goal-" + orders.id());
        assertEquals("1", browser.textContent("#cx-goals-archived-count"));
        assertEquals(CatalogStatus.ACTIVE, catalog.goals.get(Catalog.ADMIN, orders.id()).status());
        assertEquals("Repeat orders per month",
                browser.text("#cx-goal-" + orders.id() + " .cx-metric .cx-metric-name"));
    }

    @Test
    public void anExistingMetricIsLinkedToASecondGoal() {
        CatalogSampleData.fill(catalog);
        Goal orders = goalNamed(CatalogSampleData.ORDERS_GOAL);
        openPage();
        browser.click("#cx-goal-" + orders.id() + " .cx-metric-link");
        browser.waitFor("#cx-link-metric");
        Metric nps = catalog.metrics.list(Catalog.ADMIN, false).stream()
                .filter(m -> m.name().equals(CatalogSampleData.NPS_METRIC)).findFirst().orElseThrow();
        select(browser, "#cx-link-metric", String.valueOf(nps.id()));
        browser.click("#cx-link-save");

        assertEquals("The metric \"Relationship NPS\" now serves the goal \"Increase repeat orders\".",
                successFlag(browser));
        browser.waitFor("#cx-goal-" + orders.id() + " .cx-metric[data-metric-id='" + nps.id() + "']");
        assertTrue(catalog.links.goalIdsOf(Catalog.ADMIN, nps.id()).contains(orders.id()));
    }

    @Test
    public void theHygienePanelListsWhatNeedsAttentionAndItsThresholdsCanBeChanged() {
        CatalogSampleData.fill(catalog);
        openPage();

        browser.waitFor("#cx-hygiene");
        assertEquals("4 things in the catalogue need attention", browser.text("#cx-hygiene-heading"));
        assertEquals("Metrics without an owner: First response time, Website visits.",
                browser.text("#cx-hygiene-findings [data-finding='no-owner']"));
        assertEquals("Metrics that serve no goal: Website visits.",
                browser.text("#cx-hygiene-findings [data-finding='unlinked']"));
        assertThat(browser.text("#cx-hygiene-findings [data-finding='stale']"),
                containsString("No reading of \"Repeat orders per month\" yet"));
        browser.screenshot(Browser.projectFile("docs/images/catalog-hygiene.png"));

        browser.click("#cx-hygiene-settings");
        browser.type("#cx-hygiene-cap", "2");
        browser.click("#cx-hygiene-save");
        assertEquals("The hygiene thresholds are saved.", successFlag(browser));
        waitUntil(browser, "the over-measured goal",
                () -> browser.exists("#cx-hygiene-findings [data-finding='over-measured']"));
        assertThat(browser.text("#cx-hygiene-findings [data-finding='over-measured']"),
                containsString("The goal \"Reduce onboarding churn\" has 3 active metrics; the cap is 2."));
        assertEquals(2, AlignmentServices.over(catalog).hygieneSettings.get(Catalog.ADMIN).metricCap());
    }

    @Test
    public void whereAGoalAppliesIsSetInItsScopeDialog() {
        CatalogSampleData.fill(catalog);
        Goal orders = goalNamed(CatalogSampleData.ORDERS_GOAL);
        openPage();
        String card = "#cx-goal-" + orders.id();
        assertEquals("Not yet scoped to departments or projects.", browser.text(card + " .cx-goal-scope-line"));

        browser.click(card + " .cx-goal-scope");
        browser.type("#cx-scope-departments", "Sales\nsales");
        browser.type("#cx-scope-projects", "10400");
        browser.expectConsoleError("status of 400");
        browser.click("#cx-scope-save");
        waitForText(browser, "#cx-scope-form [data-field='departments'] .error",
                "Entry 2: This is already in the list.");

        browser.type("#cx-scope-departments", "Sales\nMarketing");
        browser.type("#cx-scope-projects", "10400, x");
        browser.click("#cx-scope-save");
        assertEquals("Enter project ids as whole numbers separated by commas, for example 10000, 10200.",
                browser.text("#cx-scope-form [data-field='projectIds'] .error"));

        browser.type("#cx-scope-projects", "10400");
        browser.click("#cx-scope-save");
        assertEquals("Saved where the goal \"Increase repeat orders\" applies.", successFlag(browser));
        waitUntil(browser, "the scope on the goal card",
                () -> browser.text(card + " .cx-goal-scope-line").contains("Projects: 10400"));
        assertThat(browser.textContent(card + " .cx-goal-scope-line"), containsString("Marketing"));
        assertEquals(List.of("Marketing", "Sales"),
                AlignmentServices.over(catalog).scopes.get(Catalog.ADMIN, orders.id()).departments());
    }

    @Test
    public void theCatalogueIsExportedAsJsonAndAnEditedFileIsImported() throws Exception {
        CatalogSampleData.fill(catalog);
        openPage();

        String href = browser.attribute("#cx-catalog-export", "href");
        assertTrue(href, href.endsWith("/rest/cx-align/1.0/config/export"));
        Object exported = ((JavascriptExecutor) browser.driver()).executeAsyncScript("var done = arguments[0];"
                + "fetch(document.getElementById('cx-catalog-export').href).then(function (r) { return r.text(); })"
                + ".then(done, function (e) { done('failed: ' + e); });");
        String json = String.valueOf(exported);
        assertThat(json, containsString("\"format\":\"cx-align-catalog\""));
        assertThat(json, containsString(CatalogSampleData.CHURN_GOAL));

        // The same file again changes nothing; with a new goal added, the import creates it.
        Path same = files.newFile("same.json").toPath();
        Files.writeString(same, json);
        browser.click("#cx-catalog-import");
        browser.waitFor("#cx-import-file").sendKeys(same.toString());
        browser.click("#cx-import-save");
        waitForText(browser, "#cx-import-summary .aui-message", "The catalogue already matched the file: nothing changed.");

        Path edited = files.newFile("edited.json").toPath();
        Files.writeString(edited, json.replace("\"goals\":[", "\"goals\":[{\"name\":\"Shorten time to resolution\","
                + "\"description\":\"Customers get answers the same day.\",\"ownerKey\":\"sam.okafor\","
                + "\"status\":\"ACTIVE\",\"displayOrder\":60},"));
        browser.waitFor("#cx-import-file").sendKeys(edited.toString());
        browser.click("#cx-import-save");
        waitForText(browser, "#cx-import-summary .aui-message", "The import made 1 change.");
        assertEquals("Created (1): Shorten time to resolution",
                browser.text("#cx-import-summary [data-summary='goals-created']"));
        browser.click("#cx-import-dialog .cx-dialog-cancel");
        waitUntil(browser, "the imported goal on the page", () -> browser.driver()
                .findElements(By.cssSelector("#cx-goals-list .cx-goal h3")).stream()
                .anyMatch(h -> h.getText().equals("Shorten time to resolution")));

        Path broken = files.newFile("broken.json").toPath();
        Files.writeString(broken, "{\"format\": \"something else\", \"version\": 1}");
        browser.expectConsoleError("status of 400");
        browser.click("#cx-catalog-import");
        browser.waitFor("#cx-import-file").sendKeys(broken.toString());
        browser.click("#cx-import-save");
        waitUntil(browser, "the problems of the file", () -> browser.exists("#cx-import-form [data-problem] .aui-message"));
        assertThat(browser.text("#cx-import-form [data-problem]"), containsString("format"));
    }

    @Test
    public void hostileNamesAreShownAsTextAndNeverRun() {
        catalog.goals.create(Catalog.ADMIN, new GoalDraft(HOSTILE, "<script>window.cxHacked=2</script>",
                "<b>owner</b>", null));
        openPage();
        waitForText(browser, ".cx-goal .cx-goal-name", HOSTILE);
        assertEquals("<script>window.cxHacked=2</script>", browser.text(".cx-goal .cx-goal-description"));
        assertEquals("Owner: <b>owner</b>", browser.text(".cx-goal .cx-goal-owner"));
        browser.click(".cx-goal .cx-goal-archive");
        assertThat(successFlag(browser), containsString(HOSTILE));
        assertEquals(0, count(browser, "#cx-catalog img, .aui-flag img, .cx-goal b"));
        assertEquals(Boolean.TRUE, browser.script("return typeof window.cxHacked === 'undefined';"));
    }

    private void openPage() {
        jira.openPage(CatalogPages.CATALOG, "", "cx-catalog");
    }

    private Goal goalNamed(String name) {
        return catalog.goals.list(Catalog.ADMIN, true).stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow();
    }

    /** The row of the first metric with this name on the page. */
    private String metricRow(String name) {
        Metric metric = catalog.metrics.list(Catalog.ADMIN, true).stream().filter(m -> m.name().equals(name))
                .findFirst().orElseThrow();
        return "#cx-goals-list .cx-metric[data-metric-id='" + metric.id() + "']";
    }
}
