package com.cxalign.jira.dashboard.item;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.admin.CatalogPages;
import com.cxalign.jira.admin.CatalogSampleData;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.testing.browser.Browser;
import com.cxalign.jira.testing.preview.PluginPageServer;
import com.cxalign.jira.testing.preview.PreviewUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard items "CX mission alignment" and "Feedback loop closure" in headless Chromium, hosted as Jira hosts
 * them (the preview's stand-in dashboard builds each AMD module with {@code new Module(API)} over a stand-in API that
 * records its calls), against the real {@code /dashboard} REST resource over the read model written from
 * {@link DashboardSampleData}. Every number the charts draw, and the visually hidden tables for screen readers, is
 * checked against the JSON the endpoint answers. Writes docs/images/dashboard-alignment.png and
 * docs/images/dashboard-feedback-loop.png.
 */
public class DashboardItemsBrowserTest {

    private static final String ALIGNMENT = "#gadget-" + DashboardPages.ALIGNMENT;
    private static final String FEEDBACK = "#gadget-" + DashboardPages.FEEDBACK;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Rule(order = 0)
    public final Initiatives initiatives = new Initiatives();

    @Rule(order = 1)
    public final Browser browser = new Browser().windowSize(1280, 1000);

    private PluginPageServer jira;

    @After
    public void stopJira() {
        if (jira != null) {
            jira.stop();
        }
    }

    @Test
    public void theAlignmentItemDrawsEveryGoalMetricAndUnalignedInitiativeTheEndpointReturns() throws Exception {
        startWithSampleData(DashboardPages.ALL_TIME, DashboardPages.ALL_TIME);
        JsonNode data = get("/dashboard/alignment?limit=10");
        waitForCharts(ALIGNMENT, ".cx-dash-goal-chart");

        JsonNode goals = data.get("goals");
        assertTrue("the sample has initiatives under several goals", goals.size() >= 4);
        List<WebElement> rows = all(ALIGNMENT + " .cx-dash-goal");
        assertEquals(goals.size(), rows.size());
        List<List<String>> table = tableRows(ALIGNMENT + " .cx-dash-goals-table");
        for (int i = 0; i < goals.size(); i++) {
            JsonNode goal = goals.get(i);
            WebElement row = rows.get(i);
            assertEquals(goal.get("goalId").asText(), row.getDomAttribute("data-goal"));
            for (String state : List.of("open", "inProgress", "done")) {
                assertEquals(goal + " " + state, goal.get(state).asText(), row.findElement(By.cssSelector(
                        "rect[data-state='" + state + "']")).getDomAttribute("data-value"));
            }
            assertEquals(goal.get("aligned").asText(), row.getDomAttribute("data-aligned"));
            String share = goal.get("alignedPercent").isNull() ? "none yet"
                    : goal.get("alignedPercent").asText() + "% aligned";
            assertEquals(share, row.findElement(By.cssSelector(".cx-dash-aligned")).getDomProperty("textContent"));
            // The screen readers' table: the same numbers, in the same order.
            assertEquals(List.of(goal.get("open").asText(), goal.get("inProgress").asText(),
                    goal.get("done").asText(), goal.get("total").asText(), share), table.get(i).subList(1, 6));
        }
        JsonNode churn = find(goals, "name", CatalogSampleData.CHURN_GOAL);
        assertEquals(CatalogSampleData.CHURN_GOAL, table.get(indexOf(goals, churn)).get(0));
        // Bars are scaled to the largest goal: the stack of the largest one fills the bar area.
        double widest = ((Number) browser.script("var widths = Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (g) { return Array.from(g.querySelectorAll('rect.cx-seg')).reduce(function (s, r) {"
                + " return s + r.width.baseVal.value; }, 0); }); return Math.max.apply(null, widths) * 1.0;",
                ALIGNMENT + " .cx-dash-goal")).doubleValue();
        double area = ((Number) browser.script("var svg = document.querySelector(arguments[0]);"
                + "return svg.viewBox.baseVal.width - 120;", ALIGNMENT + " .cx-dash-goal-chart")).doubleValue();
        assertEquals(area, widest, 1.0);

        JsonNode metrics = data.get("metrics");
        assertTrue(metrics.size() > 0);
        List<List<String>> metricTable = tableRows(ALIGNMENT + " .cx-dash-metrics-table");
        assertEquals(metrics.size(), metricTable.size());
        for (int i = 0; i < metrics.size(); i++) {
            JsonNode metric = metrics.get(i);
            String css = ALIGNMENT + " .cx-dash-progress[data-metric='" + metric.get("metricId").asText() + "']";
            if (!metric.get("progressPercent").isNull()) {
                assertEquals(metric.get("progressPercent").asText(), domAttribute(css + " .cx-dash-done",
                        "data-value"));
                assertEquals(metric.get("progressPercent").asText() + "%", metricTable.get(i).get(4));
            }
            if (!metric.get("expectedPercentByNow").isNull()) {
                assertEquals(metric.get("expectedPercentByNow").asText(), domAttribute(css
                        + " .cx-dash-pace-mark", "data-value"));
            }
            assertEquals(metric.get("name").asText(), metricTable.get(i).get(0));
            assertEquals(metric.get("pace").isNull() ? "" : metric.get("pace").asText(),
                    browser.attribute(ALIGNMENT + " .cx-dash-metric[data-metric='" + metric.get("metricId").asText()
                            + "'] .cx-dash-pace", "data-pace"));
        }
        // Onboarding NPS: baseline 20, latest 29, target 35.
        JsonNode nps = find(metrics, "name", "Onboarding NPS");
        assertEquals("60", nps.get("progressPercent").asText());
        assertEquals(List.of("Onboarding NPS", "20 NPS", "29 NPS", "35 NPS", "60%"),
                metricTable.get(indexOf(metrics, nps)).subList(0, 5));

        JsonNode unaligned = data.get("unaligned");
        assertEquals(keys(unaligned), all(ALIGNMENT + " .cx-dash-unaligned li").stream()
                .map(li -> li.getDomAttribute("data-key")).collect(Collectors.toList()));
        assertEquals("Not fully aligned (" + unaligned.get("total").asText() + ")",
                browser.driver().findElements(By.cssSelector(ALIGNMENT + " .cx-dash-heading")).get(1)
                        .getDomProperty("textContent"));
        assertThat(browser.text(ALIGNMENT + " .cx-dash-unaligned li[data-key='CX-4']"),
                containsString("no customer outcome"));
        assertEquals("/jira/browse/CX-4", browser.attribute(ALIGNMENT
                + " .cx-dash-unaligned li[data-key='CX-4'] a", "href"));
        assertThat(browser.text(ALIGNMENT + " .cx-dash-mission-statement"),
                containsString("Every customer reaches value in their first week"));

        List<String> methods = calls(DashboardPages.ALIGNMENT);
        assertTrue(methods.toString(), methods.contains("initRefresh"));
        assertTrue(methods.toString(), methods.contains("resize"));
        assertTrue(methods.toString(), methods.contains("showLoadingBar") && methods.contains("hideLoadingBar"));
        // Tall enough for the whole item.
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1420));
        browser.script("document.querySelector(arguments[0]).scrollIntoView();", ALIGNMENT);
        browser.screenshot(Browser.projectFile("docs/images/dashboard-alignment.png"));
    }

    @Test
    public void theFeedbackLoopItemDrawsTheFunnelAndTheAgesOfTheOpenLoopsTheEndpointReturns() throws Exception {
        startWithSampleData(DashboardPages.ALL_TIME, DashboardPages.ALL_TIME);
        JsonNode data = get("/dashboard/feedback-loop?limit=5");
        waitForCharts(FEEDBACK, ".cx-dash-funnel");

        List<List<String>> funnelTable = tableRows(FEEDBACK + " .cx-dash-funnel-table");
        String[][] stages = {{"received", null}, {"actedOn", "actedOnPercent"}, {"resolved", "resolvedPercent"},
                {"customerTold", "customerToldPercent"}};
        assertTrue(data.get("received").asInt() >= 10);
        for (int i = 0; i < stages.length; i++) {
            String count = data.get(stages[i][0]).asText();
            assertEquals(stages[i][0], count, domAttribute(FEEDBACK + " .cx-dash-stage[data-stage='"
                    + stages[i][0] + "'] rect", "data-value"));
            assertEquals(count, funnelTable.get(i).get(1));
            assertEquals(stages[i][1] == null ? "100%" : data.get(stages[i][1]).asText() + "%",
                    funnelTable.get(i).get(2));
        }
        assertEquals(List.of("Received", "Acted on", "Resolved", "Customer told"),
                funnelTable.stream().map(row -> row.get(0)).collect(Collectors.toList()));
        assertEquals("Customers are told in " + data.get("medianDaysToTell").asText() + " days (median); 9 in 10 "
                + "within " + data.get("p90DaysToTell").asText() + " days.", browser.text(FEEDBACK
                + " .cx-dash-time-to-tell"));

        JsonNode buckets = data.get("openByAge");
        assertEquals(4, buckets.size());
        List<WebElement> bars = all(FEEDBACK + " .cx-dash-bucket-bar");
        List<List<String>> ageTable = tableRows(FEEDBACK + " .cx-dash-age-table");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            assertEquals(buckets.get(i).get("count").asText(), bars.get(i).getDomAttribute("data-value"));
            assertEquals(buckets.get(i).get("count").asText(), ageTable.get(i).get(1));
            assertTrue("every age bucket has open loops in the sample", buckets.get(i).get("count").asInt() > 0);
            labels.add(ageTable.get(i).get(0));
        }
        assertEquals(List.of("0\u20137 days", "8\u201330 days", "31\u201390 days", "over 90 days"), labels);
        assertEquals(keys(data.get("oldestOpen")), all(FEEDBACK + " .cx-dash-oldest li").stream()
                .map(li -> li.getDomAttribute("data-key")).collect(Collectors.toList()));
        JsonNode oldest = data.get("oldestOpen").get("issues").get(0);
        assertThat(browser.text(FEEDBACK + " .cx-dash-oldest li:first-child .cx-dash-issue-detail"),
                containsString(oldest.get("detail").asText() + " days"));
        assertEquals(data.get("openByChannel").size(), all(FEEDBACK + " .cx-dash-channels li").size());
        browser.script("document.querySelector(arguments[0]).scrollIntoView();", FEEDBACK);
        browser.screenshot(Browser.projectFile("docs/images/dashboard-feedback-loop.png"));
    }

    @Test
    public void aNewItemOpensItsEditViewAndSavesWhatTheUserChoseThroughTheApi() throws Exception {
        startWithSampleData(Map.of(), Map.of());
        // Not configured: Jira shows the edit view first.
        browser.waitFor(ALIGNMENT + " form.cx-dash-edit");
        browser.waitFor(ALIGNMENT + " .cx-dash-projects input[type='checkbox'][data-key='CX']");
        assertEquals(2, all(ALIGNMENT + " .cx-dash-projects input[type='checkbox']").size());
        String box = browser.attribute(ALIGNMENT + " .cx-dash-projects input[data-key='CX']", "id");
        browser.click(ALIGNMENT + " .cx-dash-projects label[for='" + box + "']");
        int churn = initiatives.catalog.goals.list(CatalogSampleData.ADMIN, false).stream()
                .filter(goal -> goal.name().equals(CatalogSampleData.CHURN_GOAL)).findFirst().orElseThrow().id();
        browser.waitFor(ALIGNMENT + " select.cx-dash-goal option[value='" + churn + "']");
        new Select(browser.waitFor(ALIGNMENT + " select.cx-dash-goal")).selectByValue(String.valueOf(churn));
        new Select(browser.waitFor(ALIGNMENT + " select.cx-dash-since")).selectByValue("all");
        browser.click(ALIGNMENT + " .cx-dash-save");

        assertEquals(Map.of("projects", String.valueOf(DashboardSampleData.CX_PROJECT), "goal",
                String.valueOf(churn), "since", "all", "isConfigured", "true"), saved(DashboardPages.ALIGNMENT));
        // Jira renders the item with what was saved: one goal now.
        waitForCharts(ALIGNMENT, ".cx-dash-goal-chart");
        assertEquals(1, all(ALIGNMENT + " .cx-dash-goal").size());
        assertEquals(String.valueOf(churn), browser.attribute(ALIGNMENT + " .cx-dash-goal", "data-goal"));
        assertEquals("All time \u00b7 1 project", browser.text(ALIGNMENT + " .cx-dash-scope"));

        // The feedback item: channel and period; Cancel leaves the preferences alone.
        browser.waitFor(FEEDBACK + " form.cx-dash-edit");
        new Select(browser.waitFor(FEEDBACK + " select.cx-dash-channel")).selectByValue("SUPPORT");
        new Select(browser.waitFor(FEEDBACK + " select.cx-dash-since")).selectByValue("30");
        browser.click(FEEDBACK + " .cx-dash-save");
        assertEquals(Map.of("projects", "", "channel", "SUPPORT", "since", "30", "isConfigured", "true"),
                saved(DashboardPages.FEEDBACK));
        browser.waitFor(FEEDBACK + " .cx-dash-scope");
        assertEquals("Last 30 days \u00b7 All your projects \u00b7 Support", browser.text(FEEDBACK + " .cx-dash-scope"));
        browser.click(FEEDBACK + " .cx-preview-item-edit");
        assertEquals("SUPPORT", new Select(browser.waitFor(FEEDBACK + " select.cx-dash-channel"))
                .getFirstSelectedOption().getDomAttribute("value"));
        browser.click(FEEDBACK + " .cx-dash-cancel");
        browser.waitFor(FEEDBACK + " .cx-dash-scope");
        assertTrue(calls(DashboardPages.FEEDBACK).contains("closeEdit"));
        assertEquals(1, ((Number) browser.script("return window.cxDashboard.items[arguments[0]].saved.length;",
                DashboardPages.FEEDBACK)).intValue());
    }

    @Test
    public void thePeriodIsSentAsTheDayItStartsAndTheRefreshButtonAsksAgainWithoutPolling() throws Exception {
        startWithSampleData(DashboardPages.ALL_TIME, DashboardPages.ALL_TIME);
        waitForCharts(ALIGNMENT, ".cx-dash-goal-chart");
        assertEquals(List.of("2026-10-03", "2026-08-04", "2025-11-02", ""), browser.script(
                "var common = require('cx-align/dashboard/common'); var today = new Date(2026, 10, 2, 12);"
                        + "return ['30', '90', '365', 'all'].map(function (p) {"
                        + " return common.sinceDay(p, today) || ''; });"));

        // Every request the items make from now on is counted; none comes by itself.
        browser.script("window.cxRequests = []; var original = window.fetch; window.fetch = function (url, init) {"
                + " window.cxRequests.push(String(url)); return original.call(window, url, init); };");
        Thread.sleep(1500);
        assertEquals(0L, browser.script("return window.cxRequests.length;"));
        browser.click(ALIGNMENT + " .cx-dash-refresh");
        waitForCharts(ALIGNMENT, ".cx-dash-goal-chart");
        browser.click("#cx-preview-dashboard-refresh");
        waitForCharts(FEEDBACK, ".cx-dash-funnel");
        @SuppressWarnings("unchecked")
        List<String> requests = (List<String>) browser.script("return window.cxRequests;");
        assertEquals(requests.toString(), 3, requests.size());
        assertThat(requests.get(0), containsString("/jira/rest/cx-align/1.0/dashboard/alignment?start=0&limit=10"));
        assertThat(requests.get(2), containsString("/jira/rest/cx-align/1.0/dashboard/feedback-loop"));
    }

    @Test
    public void withoutCxIssuesBothItemsSayWhatToDo() {
        CatalogSampleData.fill(initiatives.catalog);
        DashboardSampleData.createReadModel(initiatives);
        start(DashboardPages.ALL_TIME, DashboardPages.ALL_TIME, PreviewUser.USER);

        assertEquals("No CX initiatives here yet", browser.text(ALIGNMENT + " .cx-dash-empty h4"));
        assertThat(browser.text(ALIGNMENT + " .cx-dash-empty"), containsString("Set up a CX project"));
        assertThat(browser.text(ALIGNMENT + " .cx-dash-empty"), containsString("file CX Initiatives"));
        assertFalse(browser.exists(ALIGNMENT + " .cx-dash-goal-chart"));
        assertEquals("No customer feedback here yet", browser.text(FEEDBACK + " .cx-dash-empty h4"));
        assertThat(browser.text(FEEDBACK + " .cx-dash-empty"), containsString("as Customer Feedback"));
        assertFalse(browser.exists(FEEDBACK + " .cx-dash-funnel"));
    }

    @Test
    public void anErrorShowsTheServersMessageAsTextWithARetryThatLoadsAgain() throws Exception {
        startWithSampleData(DashboardPages.ALL_TIME, DashboardPages.ALL_TIME);
        waitForCharts(ALIGNMENT, ".cx-dash-goal-chart");
        browser.expectConsoleError("500");
        // The server fails (500) with its error body; the message is shown as text, not as HTML.
        browser.script("window.cxFail = true; var original = window.fetch; window.fetch = function (url, init) {"
                + " if (window.cxFail && String(url).indexOf('/dashboard/') >= 0) {"
                + "  return Promise.resolve(new Response(JSON.stringify({message: 'The dashboard broke <b>badly</b>."
                + " Reference 42.', fieldErrors: {}}), {status: 500, headers: {'Content-Type': 'application/json'}}));"
                + " } return original.call(window, url, init); };");
        browser.click(ALIGNMENT + " .cx-dash-refresh");
        browser.waitFor(ALIGNMENT + " .cx-dash-error");
        assertEquals("500", browser.attribute(ALIGNMENT + " .cx-dash-error", "data-status"));
        assertEquals("The dashboard broke <b>badly</b>. Reference 42.",
                browser.text(ALIGNMENT + " .cx-dash-error-message"));
        assertFalse(browser.exists(ALIGNMENT + " .cx-dash-error b"));
        assertEquals("Try again", browser.text(ALIGNMENT + " .cx-dash-retry"));

        browser.script("window.cxFail = false;");
        browser.click(ALIGNMENT + " .cx-dash-retry");
        waitForCharts(ALIGNMENT, ".cx-dash-goal-chart");
        assertFalse(browser.exists(ALIGNMENT + " .cx-dash-error"));
    }

    @Test
    public void signedOutTheItemsSayToLogInWithTheServersMessage() {
        DashboardSampleData.fill(initiatives);
        browser.expectConsoleError("401");
        start(DashboardPages.ALL_TIME, DashboardPages.ALL_TIME, PreviewUser.ANONYMOUS);

        browser.waitFor(ALIGNMENT + " .cx-dash-error");
        assertEquals("401", browser.attribute(ALIGNMENT + " .cx-dash-error", "data-status"));
        assertEquals("You need to log in to do this.", browser.text(ALIGNMENT + " .cx-dash-error-message"));
        browser.waitFor(FEEDBACK + " .cx-dash-error");
        assertEquals("401", browser.attribute(FEEDBACK + " .cx-dash-error", "data-status"));
        assertFalse("nobody signed in may not edit", browser.exists(FEEDBACK + " .cx-preview-item-edit"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void startWithSampleData(Map<String, String> alignment, Map<String, String> feedback) {
        DashboardSampleData.fill(initiatives);
        start(alignment, feedback, PreviewUser.USER);
    }

    private void start(Map<String, String> alignment, Map<String, String> feedback, PreviewUser user) {
        jira = PluginPageServer.builder().install(CatalogPages.over(initiatives.catalog))
                .install(DashboardPages.over(initiatives, DashboardPages.browsable(), alignment, feedback))
                .signedInAs(user).build().start();
        browser.open(jira.dashboardUrl());
        browser.waitFor("body[data-dashboard-ready='true']");
    }

    private void waitForCharts(String item, String chart) {
        browser.waitFor(item + " " + chart);
        browser.waitFor(item + ":not(.cx-preview-loading) " + chart);
    }

    /** The endpoint's JSON, as the signed-in user gets it. */
    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(jira.url(PluginPageServer.REST_PATH + path).toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    /** An attribute of an element that may be drawn zero wide (a bar for 0), so not "visible" to Selenium. */
    private String domAttribute(String css, String name) {
        return browser.driver().findElement(By.cssSelector(css)).getDomAttribute(name);
    }

    private List<WebElement> all(String css) {
        return browser.driver().findElements(By.cssSelector(css));
    }

    /** The body rows of a (visually hidden) table, cell texts as in the DOM. */
    private List<List<String>> tableRows(String css) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : all(css + " tbody tr")) {
            rows.add(row.findElements(By.cssSelector("th, td")).stream().map(cell -> cell.getDomProperty(
                    "textContent")).collect(Collectors.toList()));
        }
        return rows;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode node : list) {
            if (value.equals(node.get(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + list);
    }

    private static int indexOf(JsonNode list, JsonNode node) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).equals(node)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> keys(JsonNode page) {
        List<String> keys = new ArrayList<>();
        page.get("issues").forEach(issue -> keys.add(issue.get("key").asText()));
        return keys;
    }

    /** The API methods the item called so far, in order. */
    @SuppressWarnings("unchecked")
    private List<String> calls(String item) {
        return (List<String>) browser.script("return window.cxDashboard.items[arguments[0]].calls.map("
                + "function (call) { return call.method; });", item);
    }

    /** The preferences the item handed to API.savePreferences last. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> saved(String item) {
        return (Map<String, Object>) browser.script("var calls = window.cxDashboard.items[arguments[0]].calls"
                + ".filter(function (c) { return c.method === 'savePreferences'; });"
                + "return calls.length ? calls[calls.length - 1].args[0] : null;", item);
    }
}
