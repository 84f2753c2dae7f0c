package com.cxalign.jira.dashboard.item;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import com.cxalign.jira.admin.CatalogSampleData;
import com.cxalign.jira.dashboard.readmodel.IssueFacts;
import com.cxalign.jira.dashboard.readmodel.ReadModel;
import com.cxalign.jira.dashboard.store.DashboardUpgradeTask4;
import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.panel.IssuePanelSampleData;
import com.cxalign.jira.testing.preview.PreviewIssue;
import com.cxalign.jira.testing.preview.PreviewUser;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CX work for the dashboard items' preview, browser tests and screenshots: {@link IssuePanelSampleData} (the
 * catalogue, Jira set up, CX-1 to CX-6 in the project CX) plus eight more CX Initiatives across the catalogue's goals
 * (CX-7 to CX-14: done, in progress, to do; one without a goal, some not fully aligned) and eight more pieces of
 * Customer Feedback (CX-15 to CX-22: open loops of every age, loops acted on, closed and resolved without telling
 * the customer), received during 2026 so that their ages against the catalogue's clock (2 November 2026) fall into
 * every bucket. The dashboards' read model is then written from Jira's issues through the real {@link ReadModel},
 * as the rebuild does.
 */
public final class DashboardSampleData {

    /** The project with CX work; ONB has none. Both preview users may browse both. */
    public static final long CX_PROJECT = IssuePanelSampleData.PROJECT_ID;
    public static final long ONB_PROJECT = 10200L;

    private final Initiatives initiatives;
    private final Map<String, Integer> goalIds = new HashMap<>();
    private final Map<String, Integer> metricIds = new HashMap<>();
    private final Map<String, Long> issueIds = new HashMap<>();
    private final Map<String, String> statuses = new HashMap<>();
    private final List<PreviewIssue> issues = new ArrayList<>();

    private DashboardSampleData(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    /** Fills the catalogue, Jira and the read model; returns the issues for the preview's view issue pages. */
    public static List<PreviewIssue> fill(Initiatives initiatives) {
        DashboardSampleData data = new DashboardSampleData(initiatives);
        data.issues.addAll(IssuePanelSampleData.fill(initiatives));
        data.issues.forEach(issue -> {
            data.issueIds.put(issue.key(), issue.id());
            data.statuses.put(issue.key(), issue.status());
        });
        initiatives.jira.allowBrowsing(PreviewUser.ADMIN.userKey().getStringValue(),
                ONB_PROJECT);
        initiatives.jira.allowBrowsing(PreviewUser.USER.userKey().getStringValue(),
                ONB_PROJECT);
        initiatives.catalog.goals.list(CatalogSampleData.ADMIN, true)
                .forEach(goal -> data.goalIds.put(goal.name(), goal.id()));
        initiatives.catalog.metrics.list(CatalogSampleData.ADMIN, true)
                .forEach(metric -> data.metricIds.put(metric.name(), metric.id()));
        data.moreIssues();
        seedReadModel(initiatives, data.statuses);
        return List.copyOf(data.issues);
    }

    /** An empty read model (tables made, no rows): what a Jira without CX issues has. */
    public static void createReadModel(Initiatives initiatives) {
        new DashboardUpgradeTask4().upgrade(ModelVersion.valueOf("3"), ao(initiatives));
    }

    private static ActiveObjects ao(Initiatives initiatives) {
        return initiatives.catalog.ao().activeObjects();
    }

    /** Writes every CX issue of the project CX into the read model, with the status category of its status. */
    private static void seedReadModel(Initiatives initiatives, Map<String, String> statuses) {
        createReadModel(initiatives);
        ReadModel readModel = new ReadModel(ao(initiatives), initiatives.options, Initiatives.ZONE,
                initiatives.catalog.clock);
        for (long id : initiatives.jira.issueIdsOf(CX_PROJECT)) {
            CxIssue issue = initiatives.jira.find(id).orElseThrow();
            String status = statuses.getOrDefault(issue.key(), "To Do");
            String category = switch (status) {
                case "Done" -> IssueFacts.DONE;
                case "In Progress" -> IssueFacts.IN_PROGRESS;
                default -> IssueFacts.NEW;
            };
            Instant created = issue.created();
            Instant updated = created.plus(Duration.ofDays(5));
            readModel.refresh(issue, new IssueFacts(category, created, updated,
                    IssueFacts.DONE.equals(category) ? updated : null), initiatives.jira.addressedFeedback(id), 0);
        }
    }

    private void moreIssues() {
        initiative("CX-7", "In-app tour for the report builder", "Done", "2026-04-10", Map.of(
                CxField.GOAL, CatalogSampleData.CHURN_GOAL, CxField.METRIC, "Time to first value",
                CxField.OUTCOME, "New customers build their first report on day one, without a call."));
        initiative("CX-8", "Import wizard that explains skipped rows", "In Progress", "2026-09-01", Map.of(
                CxField.GOAL, CatalogSampleData.CHURN_GOAL, CxField.METRIC, IssuePanelSampleData.METRIC,
                CxField.OUTCOME, "Customers import their whole customer list the first time and know why a row "
                        + "was skipped."));
        initiative("CX-9", "Call back every detractor within two days", "Done", "2026-03-15", Map.of(
                CxField.GOAL, CatalogSampleData.NPS_GOAL, CxField.METRIC, CatalogSampleData.NPS_METRIC,
                CxField.OUTCOME, "Unhappy customers hear from a person within two working days."));
        initiative("CX-10", "Quarterly customer advisory board", "In Progress", "2026-07-01", Map.of(
                CxField.GOAL, CatalogSampleData.NPS_GOAL,
                CxField.OUTCOME, "Our largest customers shape the roadmap and see their ideas shipped."));
        initiative("CX-11", "Plain-language invoice with a line per seat", "To Do", "2026-10-01", Map.of(
                CxField.GOAL, CatalogSampleData.BILLING_GOAL, CxField.METRIC, "Billing support contacts",
                CxField.OUTCOME, "Customers understand every line of their invoice without asking."));
        initiative("CX-12", "Self-serve billing contact and VAT details", "In Progress", "2026-10-12", Map.of(
                CxField.GOAL, CatalogSampleData.BILLING_GOAL, CxField.METRIC, "Billing support contacts",
                CxField.OUTCOME, "Customers correct their billing details themselves, the same day."));
        initiative("CX-13", "Refresh the help centre articles", "In Progress", "2026-08-20", Map.of());
        initiative("CX-14", "Win-back offer after 60 quiet days", "To Do", "2026-10-20", Map.of(
                CxField.GOAL, CatalogSampleData.ORDERS_GOAL, CxField.METRIC, "Repeat orders per month"));

        feedback("CX-15", "The report builder keeps losing my filters", "To Do", "2026-10-30", Map.of(
                CxField.CHANNEL, "Support", CxField.CUSTOMER, "Contoso Health", CxField.SENTIMENT, "Negative"));
        feedback("CX-16", "Onboarding emails are too frequent", "To Do", "2026-10-27", Map.of(
                CxField.CHANNEL, "Survey", CxField.CUSTOMER, "Fabrikam Inc.", CxField.SENTIMENT, "Neutral"));
        feedback("CX-17", "Invoices go to the wrong contact", "In Progress", "2026-10-14", Map.of(
                CxField.CHANNEL, "Support", CxField.CUSTOMER, "Tailspin Toys", CxField.SENTIMENT, "Negative"));
        feedback("CX-18", "Great onboarding call, but no follow-up", "Done", "2026-09-20", Map.of(
                CxField.CHANNEL, "Interview", CxField.CUSTOMER, "Litware", CxField.SENTIMENT, "Positive",
                CxField.LOOP_CLOSED_ON, "2026-10-05", CxField.HOW_WE_TOLD, "Invitation to the advisory board"));
        feedback("CX-19", "App store review: setup is confusing", "To Do", "2026-09-10", Map.of(
                CxField.CHANNEL, "Review", CxField.SENTIMENT, "Negative"));
        feedback("CX-20", "Detractor: support answered too late", "Done", "2026-04-01", Map.of(
                CxField.CHANNEL, "Survey", CxField.CUSTOMER, "Wide World Importers", CxField.SENTIMENT, "Negative",
                CxField.LOOP_CLOSED_ON, "2026-04-09", CxField.HOW_WE_TOLD, "Call from the support lead"));
        feedback("CX-21", "Wants single sign-on before renewing", "Done", "2026-07-20", Map.of(
                CxField.CHANNEL, "Sales", CxField.CUSTOMER, "Adventure Works", CxField.SENTIMENT, "Neutral"));
        feedback("CX-22", "The tips arrive too late", "Done", "2026-06-01", Map.of(
                CxField.CHANNEL, "Survey", CxField.CUSTOMER, "Northwind Traders", CxField.SENTIMENT, "Negative",
                CxField.LOOP_CLOSED_ON, "2026-06-20", CxField.HOW_WE_TOLD, "Release note sent to every respondent"));

        long linkType = initiatives.linkTypeId();
        for (String[] link : new String[][] {{"CX-8", "CX-3"}, {"CX-8", "CX-15"}, {"CX-12", "CX-17"},
                {"CX-9", "CX-20"}, {"CX-7", "CX-22"}, {"CX-10", "CX-18"}}) {
            initiatives.jira.link(issueIds.get(link[0]), issueIds.get(link[1]), linkType);
        }
    }

    private void initiative(String key, String summary, String status, String created, Map<CxField, String> shown) {
        add(CxIssueType.INITIATIVE, key, summary, status, created, shown);
    }

    private void feedback(String key, String summary, String status, String created, Map<CxField, String> shown) {
        add(CxIssueType.FEEDBACK, key, summary, status, created, shown);
    }

    private void add(CxIssueType type, String key, String summary, String status, String created,
                     Map<CxField, String> shown) {
        Map<Long, Object> values = new HashMap<>();
        Map<String, String> details = new LinkedHashMap<>();
        shown.forEach((field, text) -> {
            values.put(initiatives.fieldId(field), jiraValue(field, text));
            details.put(field.defaultName(), text);
        });
        String typeId = initiatives.issueTypeId(type);
        long id = initiatives.jira.addIssue(key, summary, CX_PROJECT, typeId, values,
                LocalDate.parse(created).atTime(10, 0).atZone(Initiatives.ZONE).toInstant());
        issueIds.put(key, id);
        statuses.put(key, status);
        issues.add(new PreviewIssue(id, key, summary, typeId, type.defaultName(), CX_PROJECT,
                IssuePanelSampleData.PROJECT, status, null, details));
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
}
