package com.cxalign.jira.admin;

import static com.cxalign.jira.admin.PageActions.count;
import static com.cxalign.jira.admin.PageActions.options;
import static com.cxalign.jira.admin.PageActions.select;
import static com.cxalign.jira.admin.PageActions.waitUntil;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.hasItems;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.testing.browser.Browser;
import com.cxalign.jira.testing.preview.PluginPageServer;
import com.cxalign.jira.testing.preview.PreviewUser;
import com.cxalign.jira.workflow.InMemoryJiraConstants;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Jira administration → CX Align → CX setup in headless Chromium: the real servlet, template and script, the real
 * {@code SetupResource} with the plugin's error mappers, the real setup services over real Active Objects and an
 * in-memory Jira ({@link Initiatives}), signed in as a Jira administrator. Jira's statuses are those of a new Jira
 * plus the CX Initiative workflow's own, so that one CX workflow is ready to download and the other still lacks
 * statuses. Writes docs/images/admin-setup.png.
 */
public class SetupPageBrowserTest {

    private static final String HOSTILE = "<img src=x onerror=\"window.cxHacked=1\">Ops & \"friends\"";

    @Rule(order = 0)
    public final Initiatives initiatives = new Initiatives();

    @Rule(order = 1)
    public final Browser browser = new Browser().windowSize(1200, 1000);

    private final InMemoryJiraConstants statuses = InMemoryJiraConstants.statusesOfANewJira()
            .create("Idea", "Committed", "Measuring");
    private final InMemoryJiraConstants resolutions = InMemoryJiraConstants.resolutionsOfANewJira();
    private PluginPageServer jira;
    private String story;

    @Before
    public void startJira() {
        // Jira started the plugin: its issue types, link type and fields exist.
        initiatives.setUpJira();
        story = initiatives.jira.addIssueTypeByHand("Story");
        String bug = initiatives.jira.addIssueTypeByHand("Bug");
        initiatives.jira.addProject(10000L, "CX", "Customer Experience", "CX: Software Issue Type Scheme", false,
                List.of(story, bug), List.of("CX: Software Create Issue Screen", "CX: Software Default Issue Screen"));
        initiatives.jira.addProject(10310L, "SUP", "Support", "Default Issue Type Scheme", true, List.of(bug),
                List.of("Default Screen"));
        jira = PluginPageServer.builder().install(SetupPages.over(initiatives, statuses, resolutions))
                .signedInAs(PreviewUser.ADMIN).build()
                .start();
    }

    @After
    public void stopJira() {
        jira.stop();
    }

    @Test
    public void anAdminSeesWhatCxAlignMadeSetsUpAProjectAndReadsWhatChanged() {
        // Someone deleted a field in Jira's administration: the page shows it missing, setup makes it again.
        long deleted = initiatives.fieldId(CxField.EXPECTED_IMPACT);
        initiatives.jira.deleteFieldByHand(deleted);
        openPage();

        assertEquals(2 + 1 + CxField.values().length, count(browser, ".cx-setup-object"));
        String initiative = row("issueType", "CX Initiative");
        assertEquals("Issue type", browser.text(initiative + " .cx-setup-kind"));
        assertEquals(initiatives.issueTypeId(CxIssueType.INITIATIVE), browser.text(initiative + " .cx-setup-id"));
        assertEquals("Present", browser.textContent(initiative + " .cx-setup-state"));
        assertEquals("Issue link type", browser.text(row("linkType", "Addresses feedback") + " .cx-setup-kind"));
        assertEquals(String.valueOf(initiatives.fieldId(CxField.GOAL)),
                browser.text(row("field", "CX Goal") + " .cx-setup-id"));
        assertEquals("missing", browser.attribute(row("field", "Expected Impact"), "data-state"));
        assertEquals("Missing", browser.textContent(row("field", "Expected Impact") + " .cx-setup-state"));
        assertThat(browser.text("#cx-setup-objects .aui-message-warning"), containsString("One of them is not in Jira"));

        assertEquals(List.of("", "CX", "SUP"), options(browser, "#cx-setup-project-key"));
        assertEquals("Customer Experience (CX)",
                browser.text("#cx-setup-project-key option[value='CX']"));
        select(browser, "#cx-setup-project-key", "CX");
        browser.click("#cx-setup-save");

        waitUntil(browser, "the setup report", () -> "changed".equals(reportState()));
        assertEquals("Set up Customer Experience (CX) for CX Align.",
                browser.text("#cx-setup-report .aui-message-success .title"));
        assertEquals("Added CX Initiative and Customer Feedback to the issue type scheme \"CX: Software Issue Type "
                + "Scheme\". Every project that uses this scheme can now create them.",
                browser.text("#cx-setup-report-types"));
        List<String> screens = screenLines();
        assertEquals(2, screens.size());
        assertThat(screens.get(0), containsString("Screen \"CX: Software Create Issue Screen\": added CX Goal, "
                + "CX Metric, Customer Outcome, Baseline, Target, Actual, Expected Impact, Journey Stage, "
                + "Feedback Channel, Customer, Sentiment, Loop Closed On, and How We Told The Customer."));
        assertThat(screens.get(1), containsString("Screen \"CX: Software Default Issue Screen\": added CX Goal"));

        // Jira now has what the report says.
        assertThat(initiatives.jira.projectIssueTypeIds("CX"), hasItems(story,
                initiatives.issueTypeId(CxIssueType.INITIATIVE), initiatives.issueTypeId(CxIssueType.FEEDBACK)));
        assertEquals(CxField.values().length, initiatives.jira.screenFields("CX: Software Default Issue Screen").size());
        // ... and the table shows Jira as it is now: the deleted field was made again.
        waitUntil(browser, "the table to show the field made again",
                () -> "present".equals(browser.attribute(row("field", "Expected Impact"), "data-state")));
        assertFalse(browser.exists("#cx-setup-objects .aui-message-warning"));
        screenshotOfTheWholePage("docs/images/admin-setup.png");

        // Again: nothing to do, and the page says so.
        browser.click("#cx-setup-save");
        waitUntil(browser, "the second report", () -> "unchanged".equals(reportState()));
        assertEquals("Already set up, nothing changed: Customer Experience (CX) has both CX issue types and every "
                + "CX field on its screens.", browser.text("#cx-setup-report .aui-message-info .title"));
        assertEquals("The issue type scheme \"CX: Software Issue Type Scheme\" has CX Initiative and Customer "
                + "Feedback already.", browser.text("#cx-setup-report-types"));
        assertEquals(List.of("Screen \"CX: Software Create Issue Screen\": had every CX field already.",
                "Screen \"CX: Software Default Issue Screen\": had every CX field already."), screenLines());
    }

    @Test
    public void aWorkflowIsOfferedForThisJiraOnlyOnceJiraHasEveryStatusItNeeds() {
        openPage();

        assertEquals(List.of("cx-initiative-workflow", "customer-feedback-workflow"),
                browser.driver().findElements(By.cssSelector(".cx-setup-workflow")).stream()
                        .map(li -> li.getDomAttribute("data-name")).collect(Collectors.toList()));
        String initiative = ".cx-setup-workflow[data-name='cx-initiative-workflow']";
        assertEquals("true", browser.attribute(initiative, "data-ready"));
        assertEquals("CX Initiative workflow", browser.text(initiative + " .cx-setup-workflow-name"));
        assertEquals("Ready", browser.textContent(initiative + " .cx-setup-workflow-state"));
        assertEquals("Download for this Jira", browser.text(initiative + " .cx-setup-workflow-download"));
        String href = browser.attribute(initiative + " .cx-setup-workflow-download", "href");
        assertThat(href, containsString("/jira/rest/cx-align/1.0/setup/workflows/cx-initiative-workflow"));

        String feedback = ".cx-setup-workflow[data-name='customer-feedback-workflow']";
        assertEquals("false", browser.attribute(feedback, "data-ready"));
        assertEquals("Statuses missing", browser.textContent(feedback + " .cx-setup-workflow-state"));
        assertFalse(browser.exists(feedback + " .cx-setup-workflow-download"));
        assertFalse(browser.exists(feedback + " .cx-setup-workflow-missing-resolutions"));
        assertEquals("This Jira does not have these 3 statuses yet: Received, Acted On, and Customer Told. Create "
                + "them in Administration \u2192 Issues \u2192 Statuses, then reload this page to download the workflow.",
                browser.text(feedback + " .cx-setup-workflow-missing"));

        // The link gives the workflow with this Jira's status ids, as a file.
        String download = (String) browser.script("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false);"
                + " x.send(); return x.status + '|' + x.getResponseHeader('Content-Disposition') + '|'"
                + " + x.responseText;", href);
        assertThat(download, containsString("200|attachment; filename=\"cx-initiative-workflow.xml\"|"));
        assertThat(download, containsString("<meta name=\"jira.status.id\">" + statuses.idOf("Idea") + "</meta>"));
        assertThat(download, not(containsString(">@status:")));
        assertThat(download, containsString("<arg name=\"field.value\">" + resolutions.idOf("Done") + "</arg>"));
    }

    @Test
    public void oneMissingStatusIsNamedOnItsOwn() {
        statuses.create("Received", "Acted On");
        openPage();

        assertEquals("This Jira has no status called Customer Told yet. Create it in Administration \u2192 Issues "
                + "\u2192 Statuses, then reload this page to download the workflow.",
                browser.text(".cx-setup-workflow[data-name='customer-feedback-workflow'] .cx-setup-workflow-missing"));
    }

    @Test
    public void aMissingResolutionIsNamedAndTheWorkflowIsNotOffered() {
        resolutions.delete("Done");
        openPage();

        String initiative = ".cx-setup-workflow[data-name='cx-initiative-workflow']";
        assertEquals("false", browser.attribute(initiative, "data-ready"));
        assertEquals("Resolutions missing", browser.textContent(initiative + " .cx-setup-workflow-state"));
        assertFalse(browser.exists(initiative + " .cx-setup-workflow-download"));
        assertFalse(browser.exists(initiative + " .cx-setup-workflow-missing"));
        assertEquals("This Jira has no resolution called Done yet, which the workflow sets when an issue is finished. "
                + "Create it in Administration \u2192 Issues \u2192 Resolutions, then reload this page to download the "
                + "workflow.", browser.text(initiative + " .cx-setup-workflow-missing-resolutions"));

        // Lacking both, a workflow names both.
        String feedback = ".cx-setup-workflow[data-name='customer-feedback-workflow']";
        assertEquals("Statuses missing", browser.textContent(feedback + " .cx-setup-workflow-state"));
        assertThat(browser.text(feedback + " .cx-setup-workflow-missing"), containsString("Received, Acted On, and "
                + "Customer Told"));
        assertThat(browser.text(feedback + " .cx-setup-workflow-missing-resolutions"),
                containsString("no resolution called Done"));
    }

    @Test
    public void aProjectOnJirasDefaultSchemeIsSaidToHoldEveryIssueTypeAlready() {
        openPage();
        select(browser, "#cx-setup-project-key", "SUP");
        browser.click("#cx-setup-save");

        waitUntil(browser, "the setup report", () -> reportState() != null);
        assertThat(browser.text("#cx-setup-report-types"), containsString("Jira's default issue type scheme, which "
                + "holds every issue type"));
        assertThat(browser.text("#cx-setup-report-types"), containsString("\"Default Issue Type Scheme\""));
    }

    @Test
    public void settingUpWithoutAProjectIsRefusedNextToTheProjectField() {
        openPage();
        browser.expectConsoleError("status of 400");

        browser.click("#cx-setup-save");

        waitUntil(browser, "the field error",
                () -> browser.exists("#cx-setup-form [data-field='projectKey'] .error"));
        assertEquals("This field is required.", browser.text("#cx-setup-form [data-field='projectKey'] .error"));
        assertEquals("true", browser.attribute("#cx-setup-project-key", "aria-invalid"));
        assertTrue(browser.exists("#cx-setup-form [data-problem] .aui-message-error"));
        assertEquals("true", browser.driver().findElement(By.id("cx-setup-report")).getDomProperty("hidden"));
        assertNull(reportState());
    }

    @Test
    public void aProjectNameIsShownAsTextNeverAsHtml() {
        initiatives.jira.addProject(10400L, "OPS", HOSTILE, "OPS: Kanban Issue Type Scheme", false, List.of(story),
                List.of("OPS: Kanban Default Issue Screen"));
        openPage();

        assertEquals(HOSTILE + " (OPS)", browser.text("#cx-setup-project-key option[value='OPS']"));
        select(browser, "#cx-setup-project-key", "OPS");
        browser.click("#cx-setup-save");

        waitUntil(browser, "the setup report", () -> "changed".equals(reportState()));
        assertThat(browser.text("#cx-setup-report .title"), containsString(HOSTILE));
        assertEquals(0, count(browser, "#cx-setup img"));
        assertNull(browser.script("return window.cxHacked === undefined ? null : window.cxHacked;"));
        assertThat(browser.driver().getPageSource(), not(containsString("<img src=\"x\"")));
    }

    /** The page is taller than the window: grow the window to the page's height, so that the picture shows all of it. */
    private void screenshotOfTheWholePage(String file) {
        Dimension window = browser.driver().manage().window().getSize();
        long page = ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();
        long viewport = ((Number) browser.script("return window.innerHeight;")).longValue();
        browser.driver().manage().window().setSize(new Dimension(window.getWidth(),
                (int) (window.getHeight() + page - viewport)));
        browser.screenshot(Browser.projectFile(file));
        browser.driver().manage().window().setSize(window);
    }

    @Test
    public void anAdminRebuildsTheDashboardDataAndReadsWhatTheRunDid() {
        openPage();
        assertEquals("NEVER", browser.attribute("#cx-setup-rebuild-report", "data-state"));
        assertEquals("The dashboard data has not been built yet. It is built once, soon after CX Align is installed.",
                browser.text("#cx-setup-rebuild-report"));

        browser.click("#cx-setup-rebuild-start");

        waitUntil(browser, "the rebuild's report",
                () -> "DONE".equals(browser.attribute("#cx-setup-rebuild-report", "data-state")));
        assertThat(browser.text("#cx-setup-rebuild-report"), containsString(": 0 issues looked at, 0 CX issues"
                + " written, 0 removed because their issue was deleted."));
    }

    private void openPage() {
        browser.open(jira.servletUrl(SetupPages.SETUP));
        waitUntil(browser, "the page to load its data",
                () -> "false".equals(browser.attribute("#cx-setup", "aria-busy")));
    }

    private String row(String kind, String name) {
        return ".cx-setup-object[data-kind='" + kind + "'][data-name='" + name + "']";
    }

    private String reportState() {
        return browser.driver().findElement(By.id("cx-setup-report")).getDomAttribute("data-state");
    }

    private List<String> screenLines() {
        return browser.driver().findElements(By.cssSelector("#cx-setup-report-screens li")).stream()
                .map(li -> li.getText().trim()).collect(Collectors.toList());
    }
}
