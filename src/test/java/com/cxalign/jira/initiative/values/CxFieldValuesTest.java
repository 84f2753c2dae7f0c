package com.cxalign.jira.initiative.values;

import static org.junit.Assert.assertEquals;

import com.cxalign.jira.catalog.model.JourneyStage;
import com.cxalign.jira.feedback.FeedbackChannel;
import com.cxalign.jira.feedback.FeedbackValues;
import com.cxalign.jira.feedback.Sentiment;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.InitiativeValues;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.junit.Test;

/** An issue's raw CX values read into the plugin's typed values. */
public class CxFieldValuesTest {

    /** Option 501 is goal 7 and option 601 metric 9; no other option is the plugin's. */
    private static final CatalogOptionLookup LOOKUP = (field, optionId) -> {
        if (field == CxField.GOAL && optionId == 501) {
            return 7;
        }
        return field == CxField.METRIC && optionId == 601 ? 9 : null;
    };

    private final CxFieldValues reader = new CxFieldValues(LOOKUP, ZoneId.of("UTC"));

    @Test
    public void anInitiativesValuesAreReadWithCatalogueIdsAndDecimals() {
        Map<CxField, Object> raw = new EnumMap<>(CxField.class);
        raw.put(CxField.GOAL, new SelectedOption(501, "Reduce onboarding churn"));
        raw.put(CxField.METRIC, new SelectedOption(601, "Onboarding NPS"));
        raw.put(CxField.OUTCOME, " New customers succeed in week one. ");
        raw.put(CxField.BASELINE, 20.0);
        raw.put(CxField.TARGET, 35.5);
        raw.put(CxField.ACTUAL, 31.0);
        raw.put(CxField.EXPECTED_IMPACT, 250000.0);
        raw.put(CxField.JOURNEY_STAGE, new SelectedOption(701, "Onboarding"));

        assertEquals(new InitiativeValues(7, 9, "New customers succeed in week one.", new BigDecimal("20"),
                new BigDecimal("35.5"), new BigDecimal("31"), new BigDecimal("250000"), JourneyStage.ONBOARDING),
                reader.initiative(raw));
    }

    @Test
    public void anOptionThePluginDidNotMakeIsNoGoal() {
        Map<CxField, Object> raw = Map.of(CxField.GOAL, new SelectedOption(999, "Someone's own option"));

        assertEquals(InitiativeValues.empty(), reader.initiative(raw));
    }

    @Test
    public void feedbackChoicesAreReadByTheirWordsIgnoringCaseAndUnknownWordsAreNoChoice() {
        Map<CxField, Object> raw = new EnumMap<>(CxField.class);
        raw.put(CxField.CHANNEL, new SelectedOption(1, "survey"));
        raw.put(CxField.SENTIMENT, new SelectedOption(2, "Very angry"));
        raw.put(CxField.CUSTOMER, "Acme Retail");
        raw.put(CxField.LOOP_CLOSED_ON, Timestamp.from(Instant.parse("2026-10-15T00:00:00Z")));
        raw.put(CxField.HOW_WE_TOLD, "Phone call");
        raw.put(CxField.JOURNEY_STAGE, new SelectedOption(3, "Support"));

        assertEquals(new FeedbackValues(FeedbackChannel.SURVEY, "Acme Retail", null, LocalDate.parse("2026-10-15"),
                "Phone call", JourneyStage.SUPPORT), reader.feedback(raw));
        assertEquals(Sentiment.POSITIVE, com.cxalign.jira.initiative.model.Choice
                .fromLabel(Sentiment.class, " Positive ").orElseThrow());
    }

    @Test
    public void valuesOfTheWrongKindAreEmptyNotErrors() {
        Map<CxField, Object> raw = new EnumMap<>(CxField.class);
        raw.put(CxField.GOAL, "Reduce onboarding churn");
        raw.put(CxField.BASELINE, "a lot");
        raw.put(CxField.OUTCOME, 42);
        raw.put(CxField.JOURNEY_STAGE, 7L);

        assertEquals(InitiativeValues.empty(), reader.initiative(raw));
        assertEquals(FeedbackValues.empty(), reader.feedback(Map.of(CxField.LOOP_CLOSED_ON, "yesterday")));
    }
}
