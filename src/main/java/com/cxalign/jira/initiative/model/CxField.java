package com.cxalign.jira.initiative.model;

import com.cxalign.jira.catalog.model.JourneyStage;
import com.cxalign.jira.feedback.FeedbackChannel;
import com.cxalign.jira.feedback.Sentiment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The custom fields CX Align adds to Jira: what each is called, which of Jira's field types it is, which CX issue
 * types it belongs to (its field context), and, for select fields with fixed choices, the choices. CX Goal and
 * CX Metric are select fields too, but their options follow the catalogue (see {@link #catalogSubject()}).
 */
public enum CxField {
    GOAL("CX Goal", FieldKind.SELECT, "The business goal from the CX catalogue that this initiative serves.",
            null, CxIssueType.INITIATIVE),
    METRIC("CX Metric", FieldKind.SELECT, "The catalogue metric, linked to the goal, that this initiative moves.",
            null, CxIssueType.INITIATIVE),
    OUTCOME("Customer Outcome", FieldKind.TEXTAREA,
            "What will be different for the customer when this initiative is done, in their words.",
            null, CxIssueType.INITIATIVE),
    BASELINE("Baseline", FieldKind.NUMBER, "Where the metric stands before the initiative, in the metric's unit.",
            null, CxIssueType.INITIATIVE),
    TARGET("Target", FieldKind.NUMBER, "Where the initiative should take the metric, in the metric's unit.",
            null, CxIssueType.INITIATIVE),
    ACTUAL("Actual", FieldKind.NUMBER, "Where the metric ended up, in the metric's unit.",
            null, CxIssueType.INITIATIVE),
    EXPECTED_IMPACT("Expected Impact", FieldKind.NUMBER,
            "The money the initiative is expected to bring or save, in your usual currency, for ROI.",
            null, CxIssueType.INITIATIVE),
    JOURNEY_STAGE("Journey Stage", FieldKind.SELECT, "The stage of the customer journey this is about.",
            JourneyStage.class, CxIssueType.INITIATIVE, CxIssueType.FEEDBACK),
    CHANNEL("Feedback Channel", FieldKind.SELECT, "Where the feedback came from.",
            FeedbackChannel.class, CxIssueType.FEEDBACK),
    CUSTOMER("Customer", FieldKind.TEXT, "Who gave the feedback: a customer, an account or a segment.",
            null, CxIssueType.FEEDBACK),
    SENTIMENT("Sentiment", FieldKind.SELECT, "How the customer felt.", Sentiment.class, CxIssueType.FEEDBACK),
    LOOP_CLOSED_ON("Loop Closed On", FieldKind.DATE, "The day the customer was told what was done with their feedback.",
            null, CxIssueType.FEEDBACK),
    HOW_WE_TOLD("How We Told The Customer", FieldKind.TEXT,
            "How the customer was told what was done with their feedback (email, call, release note...).",
            null, CxIssueType.FEEDBACK);

    private final String defaultName;
    private final FieldKind kind;
    private final String description;
    private final Class<? extends Enum<?>> choices;
    private final Set<CxIssueType> issueTypes;

    CxField(String defaultName, FieldKind kind, String description, Class<? extends Enum<?>> choices,
            CxIssueType first, CxIssueType... more) {
        this.defaultName = defaultName;
        this.kind = kind;
        this.description = description;
        this.choices = choices;
        this.issueTypes = EnumSet.of(first, more);
    }

    /** The name the field gets in Jira (admins may rename it: the plugin finds it by its stored id). */
    public String defaultName() {
        return defaultName;
    }

    public FieldKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** The CX issue types whose field context holds this field. */
    public Set<CxIssueType> issueTypes() {
        return EnumSet.copyOf(issueTypes);
    }

    /** The labels of the fixed options, in order; empty for fields without fixed options. */
    public List<String> fixedOptions() {
        if (choices == null) {
            return List.of();
        }
        return Arrays.stream(choices.getEnumConstants()).map(Choice::label).toList();
    }

    /** {@code "goal"} or {@code "metric"} for the fields whose options mirror the catalogue; otherwise null. */
    public String catalogSubject() {
        return switch (this) {
            case GOAL -> "goal";
            case METRIC -> "metric";
            default -> null;
        };
    }

    /** Under which role the plugin stores the Jira id of this field. */
    public String role() {
        return "field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The field's name in the plugin's JSON and in field messages: {@code EXPECTED_IMPACT} is {@code expectedImpact}. */
    public String jsonName() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /** The fields of one CX issue type, in order. */
    public static List<CxField> of(CxIssueType type) {
        return Arrays.stream(values()).filter(field -> field.issueTypes.contains(type)).toList();
    }
}
