package com.cxalign.jira.initiative.panel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.cxalign.jira.admin.CatalogSampleData;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.rest.AlignmentResource;
import com.cxalign.jira.initiative.setup.JiraSchema.FieldOption;
import com.cxalign.jira.platform.security.CurrentActor;
import com.cxalign.jira.testing.browser.Browser;
import com.cxalign.jira.testing.preview.PluginPageServer;
import com.cxalign.jira.testing.preview.PreviewIssue;
import com.cxalign.jira.testing.preview.PreviewUser;
import com.cxalign.jira.testing.rest.StrictMessages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The CX Metric field on Jira's edit screen offers only the chosen goal's metrics: the plugin's script
 * ({@code metric-choice-resources}, context {@code atl.general}) in headless Chromium, on a preview page of Jira, in
 * a form added to the page after it loaded (as Jira adds its create and edit dialogs), against the real
 * {@code /initiatives/metric-choices} over the real catalogue and the options the plugin made.
 */
public class MetricChoiceBrowserTest {

    @Rule(order = 0)
    public final Initiatives initiatives = new Initiatives();

    @Rule(order = 1)
    public final Browser browser = new Browser().windowSize(1200, 900);

    private PluginPageServer jira;
    private String goalField;
    private String metricField;

    @Before
    public void startJira() {
        List<PreviewIssue> issues = IssuePanelSampleData.fill(initiatives);
        jira = PluginPageServer.builder()
                .install(IssuePanelPages.over(initiatives, issues))
                .withRestResource(services -> new AlignmentResource(initiatives.alignments,
                        initiatives.metricChoices, new CurrentActor(services.userManager()),
                        StrictMessages.forPlugin()))
                .signedInAs(PreviewUser.USER).build().start();
        goalField = "customfield_" + initiatives.fieldId(CxField.GOAL);
        metricField = "customfield_" + initiatives.fieldId(CxField.METRIC);
    }

    @After
    public void stopJira() {
        jira.stop();
    }

    @Test
    public void onlyTheChosenGoalsMetricsCanBeChosen() {
        openEditDialog(CatalogSampleData.CHURN_GOAL, IssuePanelSampleData.METRIC);

        browser.script("document.getElementById(arguments[0]).focus();", metricField);

        waitForChoices(metricNamesOf(CatalogSampleData.CHURN_GOAL));
        assertFalse(browser.exists("#" + metricField + "-cx-metric-hint"));
    }

    @Test
    public void choosingAnotherGoalNarrowsTheMetricsAndSaysWhenTheChosenOneNoLongerFits() {
        openEditDialog(CatalogSampleData.CHURN_GOAL, IssuePanelSampleData.METRIC);

        choose(goalField, CatalogSampleData.BILLING_GOAL);

        // The billing goal's metrics, and the chosen one, kept so that saving does not lose it.
        List<String> billing = new ArrayList<>(metricNamesOf(CatalogSampleData.BILLING_GOAL));
        billing.add(0, IssuePanelSampleData.METRIC);
        waitForChoices(allMetricOptionNames().stream().filter(billing::contains).collect(Collectors.toList()));
        assertEquals(IssuePanelSampleData.METRIC, browser.script("var select = document.getElementById(arguments[0]);"
                + "return select.disabled || select.options[select.selectedIndex].disabled ? 'disabled'"
                + " : select.options[select.selectedIndex].text;", metricField));
        assertEquals("The metric \"" + IssuePanelSampleData.METRIC + "\" does not measure the goal \""
                        + CatalogSampleData.BILLING_GOAL + "\". Choose one of the goal's metrics.",
                browser.text("#" + metricField + "-cx-metric-hint"));

        choose(goalField, "None");

        waitForChoices(allMetricOptionNames());
        assertFalse(browser.exists("#" + metricField + "-cx-metric-hint"));
    }

    /** Adds a form shaped like Jira's edit dialog, with the fields' enabled options, as Jira renders them. */
    private void openEditDialog(String goal, String metric) {
        browser.open(jira.url("/browse/" + IssuePanelSampleData.INITIATIVE));
        browser.script("var form = document.createElement('form'); form.id = 'issue-edit';"
                + "form.innerHTML = arguments[0]; document.body.appendChild(form);",
                select(goalField, CxField.GOAL, goal) + select(metricField, CxField.METRIC, metric));
    }

    private String select(String name, CxField field, String selected) {
        StringBuilder html = new StringBuilder("<div class=\"field-group\"><select class=\"select cf-select\" name=\""
                + name + "\" id=\"" + name + "\"><option value=\"-1\">None</option>");
        for (FieldOption option : enabledOptions(field)) {
            html.append("<option value=\"").append(option.id()).append('"')
                    .append(option.value().equals(selected) ? " selected" : "").append('>')
                    .append(option.value()).append("</option>");
        }
        return html.append("</select></div>").toString();
    }

    private void choose(String selectId, String optionText) {
        browser.script("var select = document.getElementById(arguments[0]);"
                + "for (var i = 0; i < select.options.length; i++) {"
                + "  if (select.options[i].text === arguments[1]) { select.selectedIndex = i; } }"
                + "select.dispatchEvent(new Event('change', {bubbles: true}));", selectId, optionText);
    }

    /** Waits until the metric field offers exactly these metrics (besides "None"). */
    private void waitForChoices(List<String> expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> visibleMetrics().equals(expected));
        assertEquals(expected, visibleMetrics());
    }

    @SuppressWarnings("unchecked")
    private List<String> visibleMetrics() {
        return new ArrayList<>((List<String>) browser.script("return Array.from(document.getElementById(arguments[0])"
                + ".options).filter(function (o) { return !o.hidden && o.value !== '-1'; })"
                + ".map(function (o) { return o.text; });", metricField));
    }

    private List<String> metricNamesOf(String goalName) {
        Goal goal = initiatives.catalog.goals.list(CatalogSampleData.ADMIN, false).stream()
                .filter(candidate -> candidate.name().equals(goalName)).findFirst().orElseThrow();
        List<String> linked = initiatives.catalog.links.metricsOf(CatalogSampleData.ADMIN, goal.id(), false).stream()
                .map(Metric::name).collect(Collectors.toList());
        return allMetricOptionNames().stream().filter(linked::contains).collect(Collectors.toList());
    }

    private List<String> allMetricOptionNames() {
        return enabledOptions(CxField.METRIC).stream().map(FieldOption::value).collect(Collectors.toList());
    }

    private List<FieldOption> enabledOptions(CxField field) {
        return initiatives.jira.options(initiatives.fieldId(field)).stream().filter(option -> !option.disabled())
                .collect(Collectors.toList());
    }
}
