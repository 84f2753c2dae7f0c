package com.cxalign.jira.dashboard.bench;

import static com.cxalign.jira.catalog.Catalog.ADMIN;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.rules.MissionDraft;
import com.cxalign.jira.catalog.rules.ReadingDraft;
import com.cxalign.jira.feedback.FeedbackChannel;
import com.cxalign.jira.feedback.Sentiment;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.Choice;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.values.SelectedOption;

import java.math.BigDecimal;

/**
 * The benchmark's CX programme in one test database, made through the catalogue's services as an admin makes it:
 * Jira set up as the plugin's start does (fields, options), a mission, {@value #GOALS} goals, 30 metrics (one per
 * goal, a second one for the first ten goals), their links and two readings each. Keeps the Jira options that
 * stand for them, for issues written as Jira holds them.
 */
final class BenchCatalog {

    static final int GOALS = 20;

    static final String[] GOAL_NAMES = {"Reduce onboarding churn", "Answer every ticket within a day",
        "Grow expansion revenue", "Fewer failed payments", "Make self-serve setup work", "Raise renewal rate",
        "Cut time to first value", "Fix the top ten usability issues", "Lower the cost of support",
        "Win back lapsed customers", "Make the mobile app dependable", "Clearer invoices",
        "Faster delivery of orders", "One account for all products", "Accessible to every customer",
        "Better search results", "Proactive outage notices", "Simpler pricing", "Trusted data exports",
        "A partner programme customers value"};

    final int[] goalIds = new int[GOALS];
    /** The metric ids linked to each goal (by goal index). */
    final int[][] metricIds = new int[GOALS][];
    final SelectedOption[] goalOptions = new SelectedOption[GOALS];
    final SelectedOption[][] metricOptions = new SelectedOption[GOALS][];
    final SelectedOption[] channelOptions = new SelectedOption[FeedbackChannel.values().length];
    final SelectedOption[] sentimentOptions = new SelectedOption[Sentiment.values().length];
    final SelectedOption onboarding;

    BenchCatalog(Initiatives initiatives) {
        Catalog catalog = initiatives.catalog;
        initiatives.setUpJira();
        catalog.missions.update(ADMIN, new MissionDraft("We make every customer feel looked after.",
                "Onboarding NPS reaches 35 and churn in the first 90 days halves."), 0);
        for (int g = 0; g < GOALS; g++) {
            Goal goal = catalog.goals.create(ADMIN, Catalog.goal(GOAL_NAMES[g]));
            goalIds[g] = goal.id();
            goalOptions[g] = new SelectedOption(initiatives.optionOf(CxField.GOAL, goal.id()), goal.name());
            int count = g < 10 ? 2 : 1;
            metricIds[g] = new int[count];
            metricOptions[g] = new SelectedOption[count];
            for (int m = 0; m < count; m++) {
                Metric metric = catalog.metrics.create(ADMIN, Catalog.nps(GOAL_NAMES[g] + (m == 0 ? " NPS"
                        : " satisfaction"), "owner-key"));
                catalog.links.link(ADMIN, goal.id(), metric.id());
                catalog.readings.add(ADMIN, metric.id(), new ReadingDraft(new BigDecimal(22 + g % 5), "2026-04-01",
                        "Survey", null));
                catalog.readings.add(ADMIN, metric.id(), new ReadingDraft(new BigDecimal(24 + g % 9), "2026-10-01",
                        "Survey", null));
                metricIds[g][m] = metric.id();
                metricOptions[g][m] = new SelectedOption(initiatives.optionOf(CxField.METRIC, metric.id()),
                        metric.name());
            }
        }
        for (FeedbackChannel channel : FeedbackChannel.values()) {
            channelOptions[channel.ordinal()] = fixed(initiatives, CxField.CHANNEL, Choice.label(channel));
        }
        for (Sentiment sentiment : Sentiment.values()) {
            sentimentOptions[sentiment.ordinal()] = fixed(initiatives, CxField.SENTIMENT, Choice.label(sentiment));
        }
        onboarding = fixed(initiatives, CxField.JOURNEY_STAGE, "Onboarding");
    }

    private static SelectedOption fixed(Initiatives initiatives, CxField field, String label) {
        return new SelectedOption(initiatives.fixedOption(field, label), label);
    }
}
