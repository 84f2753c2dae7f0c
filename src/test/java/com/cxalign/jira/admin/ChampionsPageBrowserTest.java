package com.cxalign.jira.admin;

import static com.cxalign.jira.admin.PageActions.closeFlags;
import static com.cxalign.jira.admin.PageActions.count;
import static com.cxalign.jira.admin.PageActions.setValue;
import static com.cxalign.jira.admin.PageActions.successFlag;
import static com.cxalign.jira.admin.PageActions.waitForText;
import static com.cxalign.jira.admin.PageActions.waitUntil;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.AlignmentServices;
import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.model.Champion;
import com.cxalign.jira.catalog.rules.ChampionDraft;
import com.cxalign.jira.testing.browser.Browser;

import java.time.LocalDate;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * Jira administration → CX Align → Champions in headless Chromium, over the real REST resources, services and
 * database (see {@link MissionGoalsPageBrowserTest}). Writes docs/images/champions.png.
 */
public class ChampionsPageBrowserTest {

    @Rule(order = 0)
    public final Catalog catalog = new Catalog();

    @Rule(order = 1)
    public final Browser browser = new Browser().windowSize(1200, 800);

    @Rule(order = 3)
    public final CatalogAdminServer jira = new CatalogAdminServer(catalog, browser);

    private AlignmentServices alignment;

    @Before
    public void createServices() {
        alignment = AlignmentServices.over(catalog);
    }

    @Test
    public void theRosterShowsEachDepartmentsTermsAndWhoIsActive() {
        CatalogSampleData.fill(catalog);
        openPage();

        assertEquals(List.of("Finance", "Marketing", "Product", "Sales", "Support"), browser.driver()
                .findElements(org.openqa.selenium.By.cssSelector(".cx-department h2")).stream()
                .map(e -> e.getText()).toList());
        String support = ".cx-department[data-department='Support']";
        assertEquals(2, count(browser, support + " .cx-champion"));
        assertEquals("1 active champion", browser.text(support + " .cx-department-active"));
        assertEquals("ended", status("sam.okafor"));
        assertEquals("active", status("lena.fischer"));
        assertThat(browser.text(row("lena.fischer") + " .cx-champion-ends"), containsString("until further notice"));
        assertEquals("No active champion",
                browser.textContent(".cx-department[data-department='Finance'] .cx-department-none"));
        browser.screenshot(Browser.projectFile("docs/images/champions.png"));
    }

    @Test
    public void anAdminNamesAChampionEndsTheTermAndAnOverlapIsRefusedNextToTheStartDate() {
        openPage();
        assertThat(browser.text("#cx-champions-empty"), containsString("No champions yet"));

        browser.click("#cx-champion-add-empty");
        browser.type("#cx-champion-user", "lena.fischer");
        browser.type("#cx-champion-department", "Support");
        setValue(browser, "#cx-champion-starts", "2026-07-01");
        browser.click("#cx-champion-save");

        assertEquals("Saved the term of lena.fischer for Support.", successFlag(browser));
        browser.waitFor(row("lena.fischer"));
        List<Champion> terms = alignment.champions.list(Catalog.ADMIN, null);
        assertEquals(1, terms.size());
        assertNull(terms.get(0).endsOn());

        // The same person again for an overlapping period: the message sits next to the start date.
        closeFlags(browser);
        browser.expectConsoleError("status of 400");
        browser.click("#cx-champion-add");
        browser.type("#cx-champion-user", "lena.fischer");
        browser.type("#cx-champion-department", "support");
        setValue(browser, "#cx-champion-starts", "2026-09-01");
        browser.click("#cx-champion-save");
        waitUntil(browser, "the overlap message", () -> browser.exists("#cx-champion-form [data-field='startsOn'] .error"));
        assertThat(browser.text("#cx-champion-form [data-field='startsOn'] .error"),
                containsString("This person is already the champion for Support from 2026-07-01"));
        browser.click("#cx-champion-dialog .cx-dialog-cancel");

        // Rotation: end the open term today instead of deleting it.
        browser.click(row("lena.fischer") + " .cx-champion-end");
        assertThat(successFlag(browser), containsString("ends today"));
        waitUntil(browser, "the term to get its end date",
                () -> !browser.text(row("lena.fischer") + " .cx-champion-ends").contains("until further notice"));
        assertEquals(LocalDate.now(), alignment.champions.list(Catalog.ADMIN, null).get(0).endsOn());
    }

    @Test
    public void aTermEnteredByMistakeIsDeletedAfterConfirmation() {
        alignment.champions.create(CatalogSampleData.ADMIN, new ChampionDraft("wrong.person", "Sales", "2026-03-01",
                null));
        openPage();
        browser.click(row("wrong.person") + " .cx-champion-delete");
        assertThat(browser.text("#cx-champion-delete-text"), containsString("wrong.person for Sales"));
        browser.click("#cx-champion-delete-confirm");

        assertEquals("Deleted the term of wrong.person for Sales.", successFlag(browser));
        waitForText(browser, "#cx-champions-empty h3", "No champions yet");
        assertTrue(alignment.champions.list(Catalog.ADMIN, null).isEmpty());
    }

    private void openPage() {
        jira.openPage(CatalogPages.CHAMPIONS, "", "cx-champions");
    }

    private String row(String userKey) {
        Champion term = alignment.champions.list(Catalog.ADMIN, null).stream()
                .filter(t -> t.userKey().equals(userKey)).findFirst().orElseThrow();
        return ".cx-champion[data-term-id='" + term.id() + "']";
    }

    private String status(String userKey) {
        String classes = browser.attribute(row(userKey), "class");
        return classes.replaceAll(".*cx-champion-(\\w+).*", "$1");
    }
}
