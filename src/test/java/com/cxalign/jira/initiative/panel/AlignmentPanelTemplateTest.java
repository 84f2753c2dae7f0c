package com.cxalign.jira.initiative.panel;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.rules.MissionDraft;
import com.cxalign.jira.initiative.CxSampleIssues;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.platform.security.CurrentActor;
import com.cxalign.jira.testing.rest.StrictMessages;
import com.cxalign.jira.testing.velocity.PluginTemplates;

import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The alignment panel as Jira renders it: the real context provider over the real services and database, and the
 * real template in Velocity set up like Jira's renderer (escaping every reference).
 */
public class AlignmentPanelTemplateTest {

    static final String TEMPLATE = "templates/initiative/alignment-panel.vm";
    private static final String HOSTILE = "\"><script>alert(1)</script>";

    @Rule
    public Initiatives initiatives = new Initiatives();

    private final UserManager userManager = mock(UserManager.class);
    private AlignmentPanelContext panel;
    private CxSampleIssues sample;

    @Before
    public void panelForTheAgent() {
        sample = CxSampleIssues.in(initiatives);
        LocaleResolver locale = mock(LocaleResolver.class);
        when(locale.getLocale()).thenReturn(Locale.US);
        ApplicationProperties properties = mock(ApplicationProperties.class);
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        UserKey agent = new UserKey("agent-key");
        when(userManager.getRemoteUserKey()).thenReturn(agent);
        when(userManager.getRemoteUserKey(any(HttpServletRequest.class))).thenReturn(agent);
        panel = new AlignmentPanelContext(initiatives.alignments, new CurrentActor(userManager), locale,
                StrictMessages.forPlugin(), properties);
    }

    @Test
    public void anInitiativeShowsMissionGoalMetricProgressNumbersOutcomeAndItsFeedback() {
        String html = render("CX-1");

        assertThat(html, containsString("<q>We make every customer feel looked after.</q>"));
        assertThat(html, containsString("<dd id=\"cx-alignment-goal\">Reduce onboarding churn "));
        assertThat(html, containsString("id=\"cx-alignment-goal-search\" href=\"/jira/issues/?jql=cf%5B"
                + initiatives.fieldId(CxField.GOAL) + "%5D+%3D+%22Reduce+onboarding+churn%22\">All its initiatives</a>"));
        assertThat(html, containsString("aria-valuenow=\"46\""));
        assertThat(html, containsString("style=\"width: 46%\""));
        assertThat(html, containsString("46% of the way from the baseline to the target"));
        assertThat(html, containsString("<span class=\"cx-progress-value\" id=\"cx-alignment-metric-latest\">27 NPS</span>"
                + " <span class=\"cx-alignment-quiet cx-progress-date\">Oct 1, 2026</span>"));
        assertThat(html, containsString("20 NPS → 35 NPS"));
        assertThat(html, containsString("expected impact 120,000"));
        assertThat(html, containsString("not measured yet"));
        assertThat(html, containsString("href=\"/jira/browse/CX-2\""));
        assertThat(html, containsString("data-loop=\"CLOSED\">Customer told</span>"));
        assertThat(html, containsString("data-loop=\"ACTED_ON\">Acted on</span>"));
        assertThat("a linked issue the agent may not browse", html, not(containsString("SECRET-4")));
        assertThat(html, not(containsString("cx-alignment-hint")));
        assertThat("no reference is left unrendered", html, not(containsString("$")));
    }

    @Test
    public void whatIsMissingIsShownAsAHintNextToItsFieldNotAsAnError() {
        String html = render("CX-5");

        assertThat(html, containsString("<span class=\"cx-alignment-hint\" data-field=\"goal\">Choose the CX goal this"
                + " initiative serves.</span>"));
        assertThat(html, containsString("data-field=\"outcome\">Say what will be different for the customer"));
        assertThat(html, containsString("No feedback linked yet."));
        assertThat(html, not(containsString("aui-message-error")));
    }

    @Test
    public void feedbackShowsItsLoopAndTheInitiativeThatAddressesIt() {
        String html = render("CX-2");

        assertThat(html, containsString("<dd id=\"cx-alignment-loop\"><span class=\"aui-lozenge aui-lozenge-success"
                + " cx-loop\" data-loop=\"CLOSED\">Customer told</span></dd>"));
        assertThat(html, containsString("Oct 15, 2026 · Email from the onboarding lead with the new guide"));
        assertThat(html, containsString("<a class=\"cx-alignment-issue\" href=\"/jira/browse/CX-1\">CX-1</a>"));
        assertThat(html, containsString("Acme Retail"));
    }

    @Test
    public void whatUsersTypedComesOutEscapedEverywhere() {
        initiatives.catalog.missions.update(ADMIN, new MissionDraft(HOSTILE, HOSTILE), 1);
        initiatives.catalog.goals.update(ADMIN, sample.goal.id(), Catalog.goal(HOSTILE), sample.goal.version());
        Map<CxField, Object> values = sample.aligned();
        values.put(CxField.OUTCOME, HOSTILE);
        sample.initiativeIssue("CX-8", HOSTILE, values);

        String html = render("CX-8");

        assertThat(html, not(containsString("<script>")));
        assertThat(html, containsString("<dd id=\"cx-alignment-goal\">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; "));
        assertThat(html, containsString("<p class=\"cx-alignment-outcome\" id=\"cx-alignment-outcome\">"
                + "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
        assertThat(html, containsString("<q>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</q>"));
    }

    @Test
    public void aUserWhoMayNotSeeTheIssueGetsASentenceNotItsData() {
        when(userManager.getRemoteUserKey()).thenReturn(new UserKey("stranger"));

        String html = render("CX-1");

        assertThat(html, containsString("<p class=\"cx-alignment-problem\">You do not have permission to browse CX-1."
                + "</p>"));
        assertThat(html, not(containsString("Reduce onboarding churn")));
    }

    @Test
    public void withoutAnIssueInTheContextThePanelSaysSo() {
        Map<String, Object> context = panel.getContextMap(Map.of());

        assertThat(PluginTemplates.render(TEMPLATE, context),
                containsString("There is no issue to show the CX alignment of."));
    }

    private String render(String issueKey) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(issueKey);
        return PluginTemplates.render(TEMPLATE, panel.getContextMap(Map.of("issue", issue)));
    }
}
