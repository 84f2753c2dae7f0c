package com.cxalign.jira.initiative.panel;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.testing.browser.Browser;
import com.cxalign.jira.testing.preview.PluginPageServer;
import com.cxalign.jira.testing.preview.PreviewIssue;
import com.cxalign.jira.testing.preview.PreviewUser;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The CX alignment panel in headless Chromium, where Jira puts it: in the right column of the preview's stand-in for
 * Jira's view issue page, rendered from the descriptor's web panel with the real template, the real
 * {@link AlignmentPanelContext} and {@link CxIssueCondition} over the real alignment service, catalogue (real Active
 * Objects) and a {@code FakeJira} holding {@link IssuePanelSampleData}. Writes docs/images/issue-panel-initiative.png
 * and docs/images/issue-panel-feedback.png.
 */
public class AlignmentPanelBrowserTest {

    private static final String PANEL = "#viewissuesidebar .cx-alignment";

    @Rule(order = 0)
    public final Initiatives initiatives = new Initiatives();

    @Rule(order = 1)
    public final Browser browser = new Browser().windowSize(1200, 1000);

    private PluginPageServer jira;

    @Before
    public void startJira() {
        List<PreviewIssue> issues = IssuePanelSampleData.fill(initiatives);
        jira = PluginPageServer.builder().install(IssuePanelPages.over(initiatives, issues))
                .signedInAs(PreviewUser.USER).build().start();
    }

    @After
    public void stopJira() {
        jira.stop();
    }

    @Test
    public void anInitiativeShowsItsMissionGoalMetricProgressOutcomeAndTheLoopsOfTheFeedbackItAddresses() {
        open(IssuePanelSampleData.INITIATIVE);

        assertEquals("CX alignment", browser.text("#cx-alignment-panel_heading .toggle-title"));
        assertThat(browser.text(PANEL + " .cx-alignment-mission"),
                containsString("Every customer reaches value in their first week with us"));
        assertEquals(IssuePanelSampleData.GOAL + " All its initiatives", browser.text(PANEL + " #cx-alignment-goal"));
        assertThat(browser.attribute(PANEL + " #cx-alignment-goal-search", "href"),
                containsString("/jira/issues/?jql=cf%5B"));
        assertEquals(IssuePanelSampleData.METRIC, browser.text(PANEL + " #cx-alignment-metric"));

        // Baseline 20, latest reading 29, target 35: 60% of the way, and the bar is filled that far.
        assertEquals("60% of the way from the baseline to the target", browser.text(PANEL + " #cx-alignment-progress"));
        assertEquals("60", browser.attribute(PANEL + " .cx-progress", "aria-valuenow"));
        assertEquals(0.60, filledShare(), 0.01);
        assertEquals("20 NPS", browser.text(PANEL + " #cx-alignment-metric-baseline"));
        assertEquals("29 NPS", browser.text(PANEL + " #cx-alignment-metric-latest"));
        assertEquals("Sep 30, 2026", browser.text(PANEL + " .cx-progress-date"));
        assertEquals("35 NPS", browser.text(PANEL + " #cx-alignment-metric-target"));

        assertEquals("20 NPS → 35 NPS", browser.text(PANEL + " #cx-alignment-baseline-target"));
        assertThat(browser.text(PANEL + " #cx-alignment-expected-actual"), containsString("expected impact 180,000"));
        assertThat(browser.text(PANEL + " #cx-alignment-outcome"),
                containsString("New customers know what to do on their first day"));
        assertEquals("an aligned initiative has no hints", 0, count(PANEL + " .cx-alignment-hint"));

        // The feedback it addresses, each with where its loop stands; the key leads to the feedback.
        assertEquals(List.of("CLOSED " + IssuePanelSampleData.TOLD, "ACTED_ON " + IssuePanelSampleData.ACTED_ON),
                browser.driver().findElements(By.cssSelector(PANEL + " #cx-alignment-linked li")).stream()
                        .map(li -> li.findElement(By.cssSelector(".cx-loop")).getDomAttribute("data-loop") + " "
                                + li.findElement(By.cssSelector(".cx-alignment-issue")).getText())
                        .collect(Collectors.toList()));
        assertEquals(List.of("Customer told", "Acted on"), lozengeTexts(PANEL + " #cx-alignment-linked .cx-loop"));
        assertEquals("success", lozengeType(PANEL + " #cx-alignment-linked li:first-child .cx-loop"));
        assertThat(browser.text(PANEL + " #cx-alignment-linked li:first-child"),
                containsString("Welcome emails arrive after the trial has ended"));

        // The panel's own CSS is there (the web resource of the view issue context).
        assertEquals("grid", browser.computedStyle(PANEL + " .cx-alignment-facts", "display"));
        browser.screenshot(Browser.projectFile("docs/images/issue-panel-initiative.png"));

        browser.click(PANEL + " #cx-alignment-linked li:first-child .cx-alignment-issue");
        browser.waitFor("#cx-preview-issue[data-issue-key='" + IssuePanelSampleData.TOLD + "']");
    }

    @Test
    public void anInitiativeWithoutItsCustomerOutcomeSaysSoWhereTheOutcomeWouldBe() {
        open(IssuePanelSampleData.NO_OUTCOME);

        assertEquals(IssuePanelSampleData.GOAL + " All its initiatives", browser.text(PANEL + " #cx-alignment-goal"));
        assertEquals("outcome", browser.attribute(PANEL + " #cx-alignment-outcome .cx-alignment-hint", "data-field"));
        assertEquals("Say what will be different for the customer when this is done.",
                browser.text(PANEL + " #cx-alignment-outcome .cx-alignment-hint"));
        assertEquals("the outcome is the only thing missing", 1, count(PANEL + " .cx-alignment-hint"));
        assertThat(browser.text(PANEL + " #cx-alignment-expected-actual"), containsString("no expected impact"));
        assertThat(browser.text(PANEL + " #cx-alignment-linked"), containsString("No feedback linked yet"));
    }

    @Test
    public void customerFeedbackShowsWhereItsLoopStandsHowTheCustomerWasToldAndTheInitiativesThatAddressIt() {
        open(IssuePanelSampleData.TOLD);

        assertEquals("CLOSED", browser.attribute(PANEL + " #cx-alignment-loop .cx-loop", "data-loop"));
        assertEquals("Customer told", browser.textContent(PANEL + " #cx-alignment-loop .cx-loop"));
        assertEquals("success", lozengeType(PANEL + " #cx-alignment-loop .cx-loop"));
        assertThat(browser.text(PANEL + " #cx-alignment-told"), containsString("Oct 20, 2026"));
        assertThat(browser.text(PANEL + " #cx-alignment-told"),
                containsString("Email from their customer success manager"));
        assertEquals(0, count(PANEL + " .cx-alignment-hint"));
        assertEquals(IssuePanelSampleData.INITIATIVE, browser.text(PANEL + " #cx-alignment-linked .cx-alignment-issue"));
        assertEquals("/jira/browse/" + IssuePanelSampleData.INITIATIVE,
                browser.attribute(PANEL + " #cx-alignment-linked .cx-alignment-issue", "href"));
        browser.screenshot(Browser.projectFile("docs/images/issue-panel-feedback.png"));

        // Addressed, customer not told yet: acted on, with what closing the loop needs.
        open(IssuePanelSampleData.ACTED_ON);
        assertEquals("Acted on", browser.textContent(PANEL + " #cx-alignment-loop .cx-loop"));
        assertEquals(List.of("loopClosedOn", "howWeTold"), hintFields());

        // Nobody has acted on it: open, and the missing channel is named too.
        open(IssuePanelSampleData.OPEN);
        assertEquals("Open", browser.textContent(PANEL + " #cx-alignment-loop .cx-loop"));
        assertEquals(List.of("channel", "loopClosedOn", "howWeTold"), hintFields());
        assertThat(browser.text(PANEL + " #cx-alignment-linked"),
                containsString("No initiative addresses this feedback yet."));
    }

    @Test
    public void anIssueOfAnotherTypeGetsNoPanel() {
        open(IssuePanelSampleData.STORY);

        assertEquals("Story", browser.text("#type-val"));
        assertTrue(browser.exists("#peoplemodule"));
        assertFalse(browser.exists("#cx-alignment-panel_heading"));
        assertFalse(browser.exists(".cx-alignment"));
    }

    @Test
    public void anAnonymousVisitorIsToldToLogInInsteadOfSeeingTheAlignment() {
        jira.signInAs(PreviewUser.ANONYMOUS);

        open(IssuePanelSampleData.INITIATIVE);

        assertTrue(browser.exists(PANEL + " .cx-alignment-problem"));
        assertFalse(browser.exists(PANEL + " #cx-alignment-goal"));
        assertEquals("You need to log in to do this.", browser.text(PANEL + " .cx-alignment-problem"));
        assertThat(browser.text(PANEL), not(containsString("New customers know what to do")));
    }

    private void open(String issueKey) {
        browser.open(jira.issueUrl(issueKey));
        browser.waitFor("#cx-preview-issue[data-issue-key='" + issueKey + "']");
    }

    /** How much of the progress bar's track the filled part covers, as the browser lays it out. */
    private double filledShare() {
        Number share = (Number) browser.script("var bar = document.querySelector(arguments[0]);"
                + "return bar.querySelector('.cx-progress-done').getBoundingClientRect().width"
                + " / bar.getBoundingClientRect().width;", PANEL + " .cx-progress");
        return share.doubleValue();
    }

    private int count(String css) {
        return browser.driver().findElements(By.cssSelector(css)).size();
    }

    private List<String> lozengeTexts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(e -> e.getDomProperty("textContent")).collect(Collectors.toList());
    }

    /** The AUI lozenge type of an element ({@code aui-lozenge-success} → success). */
    private String lozengeType(String css) {
        WebElement lozenge = browser.waitFor(css);
        for (String cls : lozenge.getDomAttribute("class").split("\\s+")) {
            if (cls.startsWith("aui-lozenge-") && !cls.equals("aui-lozenge-subtle")) {
                return cls.substring("aui-lozenge-".length());
            }
        }
        return "";
    }

    private List<String> hintFields() {
        return browser.driver().findElements(By.cssSelector(PANEL + " .cx-alignment-hint")).stream()
                .map(e -> e.getDomAttribute("data-field")).collect(Collectors.toList());
    }
}
