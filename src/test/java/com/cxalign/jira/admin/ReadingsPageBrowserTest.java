package com.cxalign.jira.admin;

import static com.cxalign.jira.admin.PageActions.count;
import static com.cxalign.jira.admin.PageActions.setValue;
import static com.cxalign.jira.admin.PageActions.successFlag;
import static com.cxalign.jira.admin.PageActions.waitForText;
import static com.cxalign.jira.admin.PageActions.waitUntil;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.Reading;
import com.cxalign.jira.testing.browser.Browser;
import com.cxalign.jira.testing.preview.PreviewUser;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Jira administration → CX Align → Readings in headless Chromium, over the real REST resources, services and
 * database (see {@link MissionGoalsPageBrowserTest}). Writes docs/images/readings.png.
 */
public class ReadingsPageBrowserTest {

    @Rule(order = 0)
    public final Catalog catalog = new Catalog();

    @Rule(order = 1)
    public final Browser browser = new Browser().windowSize(1200, 800);

    @Rule
    public final TemporaryFolder files = new TemporaryFolder();

    @Rule(order = 3)
    public final CatalogAdminServer jira = new CatalogAdminServer(catalog, browser);

    @Test
    public void aRecordedReadingMovesTheProgressBarAndTopsTheLastReadings() {
        CatalogSampleData.fill(catalog);
        Metric nps = metricNamed(CatalogSampleData.NPS_METRIC);
        openPage("?metric=" + nps.id());

        assertEquals(String.valueOf(nps.id()), browser.waitFor("#cx-reading-metric").getAttribute("value"));
        assertEquals("60", browser.attribute("#cx-reading-summary .cx-progress", "data-progress"));
        assertEquals("20 → 29 → 35", browser.text("#cx-reading-summary .cx-progress-values"));
        assertEquals(3, count(browser, "#cx-reading-history-list .cx-reading"));
        assertEquals("Values from -100 to 100.", browser.text("#cx-reading-scale").replace("Measured in NPS. ", ""));

        browser.type("#cx-reading-value", "33");
        setValue(browser, "#cx-reading-date", "2026-10-31");
        browser.type("#cx-reading-source", "October pulse survey (Qualtrics)");
        browser.type("#cx-reading-note", "1,240 responses; fewer detractors among accounts with an onboarding call.");
        browser.click("#cx-reading-save");

        assertEquals("Recorded 33 for \"Relationship NPS\".", successFlag(browser));
        waitUntil(browser, "the progress bar to move to 87%", () ->
                "87".equals(browser.attribute("#cx-reading-summary .cx-progress", "data-progress")));
        assertEquals("20 → 33 → 35", browser.text("#cx-reading-summary .cx-progress-values"));
        assertEquals("87% of the way", browser.text("#cx-reading-summary .cx-progress-verdict"));
        waitUntil(browser, "the new reading on top of the last readings",
                () -> count(browser, "#cx-reading-history-list .cx-reading") == 4);
        assertEquals("33", browser.text("#cx-reading-history-list .cx-reading .cx-reading-value"));
        assertThat(browser.text("#cx-reading-history-list .cx-reading"), containsString("Oct 31, 2026"));
        String latest = "#cx-readings-latest-list .cx-latest[data-metric-id='" + nps.id() + "']";
        assertEquals("33", browser.text(latest + " .cx-latest-value"));
        assertEquals("87", browser.attribute(latest + " .cx-progress", "data-progress"));
        assertEquals("", browser.waitFor("#cx-reading-value").getAttribute("value"));

        Reading stored = catalog.readings.list(Catalog.ADMIN, nps.id(), 1).get(0);
        assertEquals(0, new BigDecimal("33").compareTo(stored.value()));
        assertEquals("October pulse survey (Qualtrics)", stored.source());
        assertEquals(PreviewUser.ADMIN.userKey().getStringValue(), stored.recordedBy());

        browser.script("window.scrollTo(0, 0);");
        browser.screenshot(Browser.projectFile("docs/images/readings.png"));
    }

    @Test
    public void aValueOutsideTheScaleAndADateInTheFutureAreShownNextToTheirFields() {
        CatalogSampleData.fill(catalog);
        Metric nps = metricNamed(CatalogSampleData.NPS_METRIC);
        openPage("?metric=" + nps.id());

        browser.expectConsoleError("status of 400");
        browser.type("#cx-reading-value", "140");
        setValue(browser, "#cx-reading-date", "2027-01-15");
        browser.click("#cx-reading-save");

        waitForText(browser, "#cx-reading-form [data-field='value'] .error", "Enter a value from -100 to 100 (NPS).");
        assertEquals("A reading cannot be dated in the future.",
                browser.text("#cx-reading-form [data-field='measuredAt'] .error"));
        assertEquals("true", browser.attribute("#cx-reading-value", "aria-invalid"));
        assertEquals(3, catalog.readings.list(Catalog.ADMIN, nps.id(), 10).size());

        // Text that is no number is caught before anything is sent.
        browser.type("#cx-reading-value", "about 30");
        setValue(browser, "#cx-reading-date", "2026-10-31");
        browser.click("#cx-reading-save");
        waitForText(browser, "#cx-reading-form [data-field='value'] .error", "Enter a number, for example 35 or 12.5.");
        assertEquals(0, count(browser, "#cx-reading-form [data-field='measuredAt'] .error"));
    }

    @Test
    public void aCsvFileOfReadingsIsImportedAllOrNothing() throws Exception {
        CatalogSampleData.fill(catalog);
        Metric nps = metricNamed(CatalogSampleData.NPS_METRIC);
        openPage("?metric=" + nps.id());

        Path bad = files.newFile("readings-bad.csv").toPath();
        Files.writeString(bad, "metric,value,measured_at,source,note\n"
                + "Relationship NPS,31,2026-10-31,Pulse,\n"
                + "Relationship NPS,thirty,2026-10-31,Pulse,\n");
        browser.expectConsoleError("status of 400");
        browser.waitFor("#cx-import-file").sendKeys(bad.toString());
        browser.click("#cx-import-save");
        waitUntil(browser, "the problems of the file", () -> browser.exists("#cx-import-form .cx-problem-list"));
        assertThat(browser.text("#cx-import-form .cx-problem-list"), containsString("line 3"));
        assertEquals(3, catalog.readings.list(Catalog.ADMIN, nps.id(), 10).size());

        Path good = files.newFile("readings.csv").toPath();
        Files.writeString(good, "metric,value,measured_at,source,note\n"
                + "Relationship NPS,31,2026-10-31,October pulse,\n"
                + "Billing support contacts,590,2026-10-31,\"Zendesk, tag billing\",after the invoice redesign\n");
        browser.waitFor("#cx-import-file").sendKeys(good.toString());
        browser.click("#cx-import-save");

        assertEquals("Imported 2 readings.", successFlag(browser));
        String latest = "#cx-readings-latest-list .cx-latest[data-metric-id='" + nps.id() + "']";
        waitForText(browser, latest + " .cx-latest-value", "31");
        waitUntil(browser, "the imported reading in the last readings",
                () -> count(browser, "#cx-reading-history-list .cx-reading") == 4);
        assertEquals(0, count(browser, "#cx-import-form .error, #cx-import-form .aui-message"));
        assertEquals(4, catalog.readings.list(Catalog.ADMIN, nps.id(), 10).size());
    }

    @Test
    public void withoutMetricsThePageSaysToAddGoalsAndMetricsFirst() {
        openPage("");
        assertThat(browser.text("#cx-readings-empty"), containsString("No metrics to record readings for"));
        assertTrue(browser.attribute("#cx-readings-empty a", "href").endsWith("/plugins/servlet/cx-align/admin/catalog"));
        assertEquals(List.of(), browser.driver().findElements(org.openqa.selenium.By.cssSelector("#cx-reading-form"))
                .stream().filter(e -> e.isDisplayed()).toList());
    }

    private void openPage(String query) {
        jira.openPage(CatalogPages.READINGS, query, "cx-readings");
    }

    private Metric metricNamed(String name) {
        return catalog.metrics.list(Catalog.ADMIN, true).stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
