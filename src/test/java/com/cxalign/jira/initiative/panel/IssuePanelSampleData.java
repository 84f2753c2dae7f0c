package com.cxalign.jira.initiative.panel;

import com.cxalign.jira.admin.CatalogSampleData;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.rules.MetricDraft;
import com.cxalign.jira.catalog.rules.ReadingDraft;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.model.FieldKind;
import com.cxalign.jira.testing.preview.PreviewIssue;
import com.cxalign.jira.testing.preview.PreviewUser;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CX work in Jira for the UI preview, the issue panel's browser test and its screenshots, on top of the catalogue's
 * {@link CatalogSampleData}: the metric "Onboarding NPS" of the goal "Reduce onboarding churn" (baseline 20, target
 * 35, readings up to 29), the plugin's setup of Jira as it runs when Jira starts, and in the project CX (set up with
 * "Set up a CX project") two CX Initiatives, three pieces of Customer Feedback and a story:
 * <ul>
 *   <li>{@link #INITIATIVE}: fully aligned, addressing {@link #TOLD} (loop closed) and {@link #ACTED_ON} (not yet
 *       told);</li>
 *   <li>{@link #NO_OUTCOME}: an initiative without its customer outcome;</li>
 *   <li>{@link #OPEN}: feedback that no initiative addresses yet, without its channel;</li>
 *   <li>{@link #STORY}: an issue of another type, which gets no panel.</li>
 * </ul>
 * Both preview users may browse the project. Two more projects, ONB and SUP (on Jira's default scheme), are not set
 * up yet.
 */
public final class IssuePanelSampleData {

    public static final String GOAL = CatalogSampleData.CHURN_GOAL;
    public static final String METRIC = "Onboarding NPS";
    public static final long PROJECT_ID = 10000L;
    public static final String PROJECT = "Customer Experience";

    public static final String INITIATIVE = "CX-1";
    public static final String TOLD = "CX-2";
    public static final String ACTED_ON = "CX-3";
    public static final String NO_OUTCOME = "CX-4";
    public static final String OPEN = "CX-5";
    public static final String STORY = "CX-6";

    private static final DateTimeFormatter JIRA_DAY = DateTimeFormatter.ofPattern("dd/MMM/yy", Locale.ENGLISH);

    private final Initiatives initiatives;
    private final Map<String, Integer> goalIds = new HashMap<>();
    private final Map<String, Integer> metricIds = new HashMap<>();
    private final Map<String, Long> issueIds = new HashMap<>();
    private final List<PreviewIssue> issues = new ArrayList<>();
    private String storyTypeId;

    private IssuePanelSampleData(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    /** Fills the initiatives' catalogue and Jira; returns the issues for the preview's view issue pages. */
    public static List<PreviewIssue> fill(Initiatives initiatives) {
        IssuePanelSampleData data = new IssuePanelSampleData(initiatives);
        data.catalogue();
        initiatives.setUpJira();
        data.projects();
        data.issues();
        return List.copyOf(data.issues);
    }

    private void catalogue() {
        CatalogSampleData.fill(initiatives.catalog);
        initiatives.catalog.goals.list(CatalogSampleData.ADMIN, true).forEach(goal -> goalIds.put(goal.name(), goal.id()));
        Goal churn = initiatives.catalog.goals.get(CatalogSampleData.ADMIN, goalIds.get(GOAL));
        Metric nps = initiatives.catalog.metrics.create(CatalogSampleData.ADMIN, new MetricDraft(METRIC, "NPS", null,
                "HIGHER_IS_BETTER", null, null, new BigDecimal("20"), "2025-12-31", new BigDecimal("35"), "2026-12-31",
                "ONBOARDING", "maria.lopez"));
        initiatives.catalog.links.link(CatalogSampleData.ADMIN, churn.id(), nps.id());
        for (String[] reading : new String[][] {{"2026-03-31", "23"}, {"2026-06-30", "26"}, {"2026-09-30", "29"}}) {
            initiatives.catalog.readings.add(CatalogSampleData.ADMIN, nps.id(), new ReadingDraft(
                    new BigDecimal(reading[1]), reading[0], "Survey after day 30 (Delighted)", null));
        }
        initiatives.catalog.metrics.list(CatalogSampleData.ADMIN, true)
                .forEach(metric -> metricIds.put(metric.name(), metric.id()));
    }

    private void projects() {
        storyTypeId = initiatives.jira.addIssueTypeByHand("Story");
        String bug = initiatives.jira.addIssueTypeByHand("Bug");
        String task = initiatives.jira.addIssueTypeByHand("Task");
        initiatives.jira.addProject(PROJECT_ID, "CX", PROJECT, "CX: Software Issue Type Scheme", false,
                List.of(storyTypeId, bug, task), List.of("CX: Software Default Issue Screen"));
        initiatives.jira.addProject(10200L, "ONB", "Onboarding", "ONB: Scrum Issue Type Scheme", false,
                List.of(storyTypeId, bug), List.of("ONB: Scrum Create Issue Screen", "ONB: Scrum Default Issue Screen"));
        initiatives.jira.addProject(10310L, "SUP", "Support", "Default Issue Type Scheme", true,
                List.of(bug, task), List.of("Default Screen"));
        initiatives.projectSetup.setUp(CatalogSampleData.ADMIN, "CX");
        for (PreviewUser user : List.of(PreviewUser.ADMIN, PreviewUser.USER)) {
            initiatives.jira.allowBrowsing(user.userKey().getStringValue(), PROJECT_ID);
        }
    }

    private void issues() {
        initiative(INITIATIVE, "Guided setup checklist for new self-serve accounts", "In Progress",
                "A checklist on the first screen after sign-up that walks new accounts through connecting their "
                        + "data, inviting their team and building their first report.",
                shown(CxField.GOAL, GOAL, CxField.METRIC, METRIC,
                        CxField.OUTCOME, "New customers know what to do on their first day and see their first "
                                + "report within a week, without having to ask support.",
                        CxField.BASELINE, "20", CxField.TARGET, "35", CxField.EXPECTED_IMPACT, "180000",
                        CxField.JOURNEY_STAGE, "Onboarding"));
        feedback(TOLD, "Welcome emails arrive after the trial has ended", "Done",
                "From the day-30 survey: \"The tips came when we had already decided. Send them while we try it.\"",
                shown(CxField.CHANNEL, "Survey", CxField.CUSTOMER, "Acme Logistics GmbH",
                        CxField.SENTIMENT, "Negative", CxField.LOOP_CLOSED_ON, "2026-10-20",
                        CxField.HOW_WE_TOLD, "Email from their customer success manager with the new onboarding "
                                + "schedule", CxField.JOURNEY_STAGE, "Onboarding"));
        feedback(ACTED_ON, "Could not import our customer list during setup", "In Progress",
                "Support ticket: the import step skipped the CSV without saying why, so the team gave up.",
                shown(CxField.CHANNEL, "Support", CxField.CUSTOMER, "Northwind Traders",
                        CxField.SENTIMENT, "Negative", CxField.JOURNEY_STAGE, "Onboarding"));
        initiative(NO_OUTCOME, "Welcome call for every new enterprise account", "To Do",
                "A 30-minute call in the first week with the account's customer success manager.",
                shown(CxField.GOAL, GOAL, CxField.METRIC, METRIC, CxField.BASELINE, "20", CxField.TARGET, "30",
                        CxField.JOURNEY_STAGE, "Onboarding"));
        feedback(OPEN, "The invoice PDF does not show our VAT number", "To Do",
                "Our accountant cannot book the invoices without it.",
                shown(CxField.CUSTOMER, "Blue Harbor Foods", CxField.SENTIMENT, "Neutral"));
        long story = initiatives.jira.addIssue(STORY, "Update the pricing page for the new plans", PROJECT_ID,
                storyTypeId, Map.of());
        issues.add(new PreviewIssue(story, STORY, "Update the pricing page for the new plans", storyTypeId, "Story",
                PROJECT_ID, PROJECT, "To Do", "The plans change on 1 January.", Map.of()));

        long linkType = initiatives.linkTypeId();
        initiatives.jira.link(issueIds.get(INITIATIVE), issueIds.get(TOLD), linkType);
        initiatives.jira.link(issueIds.get(INITIATIVE), issueIds.get(ACTED_ON), linkType);
    }

    private void initiative(String key, String summary, String status, String description,
                            Map<CxField, String> shown) {
        add(CxIssueType.INITIATIVE, key, summary, status, description, shown);
    }

    private void feedback(String key, String summary, String status, String description, Map<CxField, String> shown) {
        add(CxIssueType.FEEDBACK, key, summary, status, description, shown);
    }

    /** Files the issue in FakeJira with its values as Jira holds them; the page shows them as Jira writes them. */
    private void add(CxIssueType type, String key, String summary, String status, String description,
                     Map<CxField, String> shown) {
        Map<Long, Object> values = new HashMap<>();
        Map<String, String> details = new LinkedHashMap<>();
        shown.forEach((field, text) -> {
            values.put(initiatives.fieldId(field), jiraValue(field, text));
            details.put(field.defaultName(), field.kind() == FieldKind.DATE
                    ? LocalDate.parse(text).format(JIRA_DAY)
                    : field.kind() == FieldKind.NUMBER ? String.format(Locale.ENGLISH, "%,d", Long.parseLong(text))
                    : text);
        });
        String typeId = initiatives.issueTypeId(type);
        long id = initiatives.jira.addIssue(key, summary, PROJECT_ID, typeId, values);
        issueIds.put(key, id);
        issues.add(new PreviewIssue(id, key, summary, typeId, type.defaultName(), PROJECT_ID, PROJECT, status,
                description, details));
    }

    /** What Jira's field types hold: option ids for selects, doubles for numbers, a timestamp for a day. */
    private Object jiraValue(CxField field, String text) {
        return switch (field) {
            case GOAL -> initiatives.optionOf(field, goalIds.get(text));
            case METRIC -> initiatives.optionOf(field, metricIds.get(text));
            default -> switch (field.kind()) {
                case SELECT -> initiatives.fixedOption(field, text);
                case NUMBER -> Double.valueOf(text);
                case DATE -> Timestamp.from(LocalDate.parse(text).atStartOfDay(Initiatives.ZONE).toInstant());
                default -> text;
            };
        };
    }

    private static Map<CxField, String> shown(Object... fieldAndText) {
        Map<CxField, String> shown = new LinkedHashMap<>();
        for (int i = 0; i < fieldAndText.length; i += 2) {
            shown.put((CxField) fieldAndText[i], (String) fieldAndText[i + 1]);
        }
        return shown;
    }
}
