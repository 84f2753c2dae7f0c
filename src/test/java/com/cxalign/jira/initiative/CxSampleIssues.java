package com.cxalign.jira.initiative;

import static com.cxalign.jira.catalog.Catalog.ADMIN;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.rules.MissionDraft;
import com.cxalign.jira.catalog.rules.ReadingDraft;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A CX program in a small Jira, for tests and the UI preview: a mission; the goal "Reduce onboarding churn" measured
 * by "Onboarding NPS" (20 on 2026-01-01, 35 by the end of 2026, latest reading 27); project CX (id 10100) that
 * {@code agent-key} may browse, with initiative CX-1 (fully aligned, addressing CX-2 and CX-3), feedback CX-2
 * (loop closed), CX-3 (open) and initiative CX-5 (no goal, metric or outcome yet); and project SECRET (id 10200),
 * whose feedback SECRET-4 CX-1 also addresses but agent-key may not see.
 */
public final class CxSampleIssues {

    public static final long CX_PROJECT = 10100;
    public static final long SECRET_PROJECT = 10200;

    public Goal goal;
    public Metric metric;
    public long initiative;
    public long closedFeedback;
    public long openFeedback;
    public long secretFeedback;
    public long unalignedInitiative;

    private final Initiatives initiatives;

    private CxSampleIssues(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    /** Sets Jira up (as the plugin's start does) and fills in the sample data. */
    public static CxSampleIssues in(Initiatives initiatives) {
        CxSampleIssues sample = new CxSampleIssues(initiatives);
        sample.create();
        return sample;
    }

    private void create() {
        Catalog catalog = initiatives.catalog;
        initiatives.setUpJira();
        catalog.missions.update(ADMIN, new MissionDraft("We make every customer feel looked after.",
                "Onboarding NPS reaches 35 and churn in the first 90 days halves."), 0);
        goal = catalog.goals.create(ADMIN, Catalog.goal("Reduce onboarding churn"));
        metric = catalog.metrics.create(ADMIN, Catalog.nps("Onboarding NPS", "owner-key"));
        catalog.links.link(ADMIN, goal.id(), metric.id());
        catalog.readings.add(ADMIN, metric.id(), new ReadingDraft(new BigDecimal("24"), "2026-06-01", "Survey", null));
        catalog.readings.add(ADMIN, metric.id(), new ReadingDraft(new BigDecimal("27"), "2026-10-01", "Survey", null));
        initiatives.jira.allowBrowsing("agent-key", CX_PROJECT);
        initiatives.jira.allowBrowsing("admin-key", CX_PROJECT);
        initiatives.jira.allowBrowsing("admin-key", SECRET_PROJECT);

        initiative = initiativeIssue("CX-1", "Guided first week for new customers", aligned());
        closedFeedback = feedbackIssue("CX-2", CX_PROJECT, "Setup took me two days", feedback(true));
        openFeedback = feedbackIssue("CX-3", CX_PROJECT, "I could not find the import", feedback(false));
        secretFeedback = feedbackIssue("SECRET-4", SECRET_PROJECT, "Escalated by the CEO", feedback(false));
        unalignedInitiative = initiativeIssue("CX-5", "Make onboarding better", new EnumMap<>(CxField.class));
        for (long feedback : new long[] {closedFeedback, openFeedback, secretFeedback}) {
            initiatives.jira.link(initiative, feedback, initiatives.linkTypeId());
        }
    }

    /** Goal, metric, outcome, baseline 20, target 35, expected impact 120,000, as Jira holds them. */
    public Map<CxField, Object> aligned() {
        Map<CxField, Object> values = new EnumMap<>(CxField.class);
        values.put(CxField.GOAL, initiatives.optionOf(CxField.GOAL, goal.id()));
        values.put(CxField.METRIC, initiatives.optionOf(CxField.METRIC, metric.id()));
        values.put(CxField.OUTCOME, "New customers are productive in their first week without calling support.");
        values.put(CxField.BASELINE, 20.0);
        values.put(CxField.TARGET, 35.0);
        values.put(CxField.EXPECTED_IMPACT, 120000.0);
        values.put(CxField.JOURNEY_STAGE, initiatives.fixedOption(CxField.JOURNEY_STAGE, "Onboarding"));
        return values;
    }

    private Map<CxField, Object> feedback(boolean closed) {
        Map<CxField, Object> values = new EnumMap<>(CxField.class);
        values.put(CxField.CHANNEL, initiatives.fixedOption(CxField.CHANNEL, "Survey"));
        values.put(CxField.CUSTOMER, "Acme Retail");
        values.put(CxField.SENTIMENT, initiatives.fixedOption(CxField.SENTIMENT, "Negative"));
        if (closed) {
            // Jira's date picker: midnight of the day in Jira's time zone
            values.put(CxField.LOOP_CLOSED_ON, Timestamp.from(LocalDate.parse("2026-10-15")
                    .atStartOfDay(Initiatives.ZONE).toInstant()));
            values.put(CxField.HOW_WE_TOLD, "Email from the onboarding lead with the new guide");
        }
        return values;
    }

    public long initiativeIssue(String key, String summary, Map<CxField, Object> values) {
        return initiatives.jira.addIssue(key, summary, CX_PROJECT, initiatives.issueTypeId(CxIssueType.INITIATIVE),
                initiatives.values(values));
    }

    private long feedbackIssue(String key, long project, String summary, Map<CxField, Object> values) {
        return initiatives.jira.addIssue(key, summary, project, initiatives.issueTypeId(CxIssueType.FEEDBACK),
                initiatives.values(values));
    }
}
