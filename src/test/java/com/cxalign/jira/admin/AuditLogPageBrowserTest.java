package com.cxalign.jira.admin;

import static com.cxalign.jira.admin.PageActions.count;
import static com.cxalign.jira.admin.PageActions.waitForText;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.rules.GoalDraft;
import com.cxalign.jira.testing.browser.Browser;

import org.junit.Rule;
import org.junit.Test;

/**
 * Jira administration → CX Align → Audit log in headless Chromium, over the real REST resources, services and
 * database (see {@link MissionGoalsPageBrowserTest}). Writes docs/images/audit-log.png.
 */
public class AuditLogPageBrowserTest {

    @Rule(order = 0)
    public final Catalog catalog = new Catalog();

    @Rule(order = 1)
    public final Browser browser = new Browser().windowSize(1200, 800);

    @Rule(order = 3)
    public final CatalogAdminServer jira = new CatalogAdminServer(catalog, browser);

    @Test
    public void theNewestChangeComesFirstWithWhatChangedAndOlderEntriesArePaged() {
        CatalogSampleData.fill(catalog);
        Goal churn = catalog.goals.list(Catalog.ADMIN, false).get(0);
        catalog.goals.update(CatalogSampleData.ADMIN, churn.id(), new GoalDraft("Halve onboarding churn",
                churn.description(), churn.ownerKey(), churn.displayOrder()), churn.version());
        int total = catalog.audit.list(Catalog.ADMIN, 0, 200).size();
        assertTrue("the sample data fills more than one page", total > 25);

        openPage();
        String first = "#cx-audit-list .cx-audit-entry";
        assertEquals("Changed Goal Halve onboarding churn", browser.textContent(first + " td:nth-child(3)"));
        assertThat(browser.text(first + " .cx-audit-changes"), containsString("name Reduce onboarding churn → Halve "
                + "onboarding churn"));
        assertThat(browser.text(first), containsString("preview-admin"));
        assertEquals(25, count(browser, first));
        assertEquals("Entries 1 to 25", browser.text("#cx-audit-position"));
        assertFalse(browser.waitFor("#cx-audit-newer").isEnabled());
        browser.screenshot(Browser.projectFile("docs/images/audit-log.png"));

        browser.click("#cx-audit-older");
        waitForText(browser, "#cx-audit-position", "Entries 26 to " + total);
        assertThat(browser.textContent("#cx-audit-list"), containsString("Changed CX mission"));
        assertFalse(browser.waitFor("#cx-audit-older").isEnabled());
        browser.click("#cx-audit-newer");
        waitForText(browser, "#cx-audit-position", "Entries 1 to 25");
    }

    @Test
    public void anUntouchedCatalogueHasAnEmptyLog() {
        openPage();
        assertThat(browser.text("#cx-audit-empty"), containsString("Nothing has changed yet"));
        assertEquals(0, count(browser, "#cx-audit-list"));
    }

    private void openPage() {
        jira.openPage(CatalogPages.AUDIT, "", "cx-audit");
    }
}
