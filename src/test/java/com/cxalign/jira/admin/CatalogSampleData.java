package com.cxalign.jira.admin;

import com.cxalign.jira.catalog.AlignmentServices;
import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.rules.ChampionDraft;
import com.cxalign.jira.catalog.rules.GoalDraft;
import com.cxalign.jira.catalog.rules.MetricDraft;
import com.cxalign.jira.catalog.rules.MissionDraft;
import com.cxalign.jira.catalog.rules.ReadingDraft;
import com.cxalign.jira.catalog.rules.ScopeDraft;
import com.cxalign.jira.platform.security.Actor;
import com.cxalign.jira.testing.preview.PreviewUser;

import java.math.BigDecimal;
import java.util.List;

/**
 * A realistic CX catalogue for the UI preview, the screenshots and the browser tests, entered through the real
 * services as the preview's administrator: the mission, four goals with seven metrics and their readings (one on
 * track, one worse than its baseline, one within its range, one without readings and one without an owner), an
 * archived goal, a metric that serves no goal, where three goals apply, and a champions roster with ended, open and
 * future terms. Every reading is dated on or before the {@link Catalog}'s clock (2026-11-02).
 */
public final class CatalogSampleData {

    public static final Actor ADMIN = Actor.admin(PreviewUser.ADMIN.userKey().getStringValue());

    public static final String CHURN_GOAL = "Reduce onboarding churn";
    public static final String NPS_GOAL = "Grow relationship NPS";
    public static final String BILLING_GOAL = "Fewer support contacts about billing";
    public static final String ORDERS_GOAL = "Increase repeat orders";
    public static final String ARCHIVED_GOAL = "Launch a loyalty programme";
    public static final String NPS_METRIC = "Relationship NPS";

    private CatalogSampleData() {
    }

    public static void fill(Catalog catalog) {
        catalog.missions.update(ADMIN, new MissionDraft(
                "Every customer reaches value in their first week with us, and nobody ever has to ask twice for help.",
                "Relationship NPS rises from 20 to 35 and onboarding churn falls from 12% to 5% by the end of 2026."),
                0);

        Goal churn = goal(catalog, CHURN_GOAL, "Fewer new customers leave in their first 90 days: from 12% of new "
                + "accounts in 2025 to 5% by the end of 2026, starting with the self-serve plans.", "maria.lopez");
        Metric churnRate = metric(catalog, churn, "Onboarding churn (first 90 days)", "CHURN_RATE", "%",
                "LOWER_IS_BETTER", null, null, "12", "5", "ONBOARDING", "maria.lopez");
        readings(catalog, churnRate, "Churn report (Salesforce)", "2026-03-31", "11.2", "2026-06-30", "9.4",
                "2026-09-30", "8.1");
        Metric firstValue = metric(catalog, churn, "Time to first value", "CUSTOM", "days", "LOWER_IS_BETTER",
                null, null, "21", "7", "ONBOARDING", "dev.patel");
        readings(catalog, firstValue, "Product analytics (Amplitude)", "2026-04-30", "18", "2026-07-31", "14",
                "2026-10-31", "12");

        Goal nps = goal(catalog, NPS_GOAL, "Customers recommend us because we solve their problems, not because we "
                + "ask them for scores.", "kim.nguyen");
        Metric relationshipNps = metric(catalog, nps, NPS_METRIC, "NPS", null, "HIGHER_IS_BETTER", null, null,
                "20", "35", "ADVOCACY", "kim.nguyen");
        readings(catalog, relationshipNps, "Quarterly relationship survey (Qualtrics)", "2026-03-31", "22",
                "2026-06-30", "27", "2026-09-30", "29");
        Metric csat = metric(catalog, nps, "Post-onboarding CSAT", "CSAT", "%", "HIGHER_IS_BETTER", null, null,
                "78", "88", "ONBOARDING", "maria.lopez");
        readings(catalog, csat, "In-app survey after day 30", "2026-06-30", "80", "2026-09-30", "84.5");
        catalog.links.link(ADMIN, churn.id(), csat.id());

        Goal billing = goal(catalog, BILLING_GOAL, "Customers understand their invoices without having to ask: "
                + "billing contacts per month halved by the end of 2026.", "sam.okafor");
        Metric contacts = metric(catalog, billing, "Billing support contacts", "SUPPORT_CONTACTS",
                "contacts per month", "LOWER_IS_BETTER", null, null, "640", "320", "SUPPORT", "sam.okafor");
        readings(catalog, contacts, "Zendesk, tag billing", "2026-07-31", "610", "2026-10-31", "655");
        Metric response = metric(catalog, billing, "First response time", "CUSTOM", "hours", "WITHIN_RANGE",
                "2", "4", "6", "3", "SUPPORT", null);
        readings(catalog, response, "Zendesk SLA report", "2026-10-31", "3.5");

        Goal orders = goal(catalog, ORDERS_GOAL, "Customers who bought once come back within six months.",
                "dev.patel");
        metric(catalog, orders, "Repeat orders per month", "ORDER_VOLUME", "orders per month", "HIGHER_IS_BETTER",
                null, null, "1200", "1500", "PURCHASE", "dev.patel");

        Goal loyalty = goal(catalog, ARCHIVED_GOAL, "Replaced by the repeat-orders goal: points did not change "
                + "what customers buy.", "dev.patel");
        catalog.goals.archive(ADMIN, loyalty.id(), loyalty.version());

        metric(catalog, null, "Website visits", "CUSTOM", "visits per month", "HIGHER_IS_BETTER", null, null,
                "52000", "60000", "AWARENESS", null);

        AlignmentServices alignment = AlignmentServices.over(catalog);
        scope(alignment, churn, List.of(10000L, 10200L), List.of("Customer Success", "Onboarding"));
        scope(alignment, nps, List.of(), List.of("Product", "Sales", "Support"));
        scope(alignment, billing, List.of(10310L), List.of("Finance", "Support"));

        champion(alignment, "sam.okafor", "Support", "2026-01-01", "2026-06-30");
        champion(alignment, "lena.fischer", "Support", "2026-07-01", null);
        champion(alignment, "raj.mehta", "Sales", "2026-03-01", "2027-02-28");
        champion(alignment, "ana.silva", "Product", "2026-05-01", null);
        champion(alignment, "tom.berg", "Finance", "2025-09-01", "2026-08-31");
        champion(alignment, "chloe.martin", "Marketing", "2027-01-04", null);
    }

    private static void scope(AlignmentServices alignment, Goal goal, List<Long> projects, List<String> departments) {
        alignment.scopes.replace(ADMIN, goal.id(), new ScopeDraft(projects, departments),
                alignment.scopes.get(ADMIN, goal.id()).goalVersion());
    }

    private static void champion(AlignmentServices alignment, String userKey, String department, String from,
                                 String until) {
        alignment.champions.create(ADMIN, new ChampionDraft(userKey, department, from, until));
    }

    private static Goal goal(Catalog catalog, String name, String description, String owner) {
        return catalog.goals.create(ADMIN, new GoalDraft(name, description, owner, null));
    }

    private static Metric metric(Catalog catalog, Goal goal, String name, String kind, String unit, String direction,
                                 String low, String high, String baseline, String target, String stage, String owner) {
        Metric metric = catalog.metrics.create(ADMIN, new MetricDraft(name, kind, unit, direction, decimal(low),
                decimal(high), decimal(baseline), "2025-12-31", decimal(target), "2026-12-31", stage, owner));
        if (goal != null) {
            catalog.links.link(ADMIN, goal.id(), metric.id());
        }
        return metric;
    }

    /** dayAndValue: day, value, day, value, ... */
    private static void readings(Catalog catalog, Metric metric, String source, String... dayAndValue) {
        for (int i = 0; i < dayAndValue.length; i += 2) {
            catalog.readings.add(ADMIN, metric.id(), new ReadingDraft(decimal(dayAndValue[i + 1]), dayAndValue[i],
                    source, null));
        }
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
