package com.cxalign.jira.initiative.values;

import com.cxalign.jira.catalog.model.JourneyStage;
import com.cxalign.jira.feedback.FeedbackChannel;
import com.cxalign.jira.feedback.FeedbackValues;
import com.cxalign.jira.feedback.Sentiment;
import com.cxalign.jira.initiative.model.Choice;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.InitiativeValues;

import java.time.ZoneId;
import java.util.Map;

/**
 * Reads the CX fields of an issue, as Jira holds them, into {@link InitiativeValues} and {@link FeedbackValues}.
 * Plain Java: the Jira adapter hands over the raw values by field, so the panel, the REST API and the workflow
 * checks all read an issue the same way.
 */
public final class CxFieldValues {

    private final CatalogOptionLookup catalogOptions;
    private final ZoneId zone;

    /** @param zone Jira's default time zone, in which date pickers hold their day */
    public CxFieldValues(CatalogOptionLookup catalogOptions, ZoneId zone) {
        this.catalogOptions = catalogOptions;
        this.zone = zone;
    }

    public InitiativeValues initiative(Map<CxField, Object> raw) {
        return new InitiativeValues(catalogId(CxField.GOAL, raw), catalogId(CxField.METRIC, raw),
                RawValues.text(raw.get(CxField.OUTCOME)), RawValues.number(raw.get(CxField.BASELINE)),
                RawValues.number(raw.get(CxField.TARGET)), RawValues.number(raw.get(CxField.ACTUAL)),
                RawValues.number(raw.get(CxField.EXPECTED_IMPACT)),
                choice(JourneyStage.class, raw.get(CxField.JOURNEY_STAGE)));
    }

    public FeedbackValues feedback(Map<CxField, Object> raw) {
        return new FeedbackValues(choice(FeedbackChannel.class, raw.get(CxField.CHANNEL)),
                RawValues.text(raw.get(CxField.CUSTOMER)), choice(Sentiment.class, raw.get(CxField.SENTIMENT)),
                RawValues.day(raw.get(CxField.LOOP_CLOSED_ON), zone), RawValues.text(raw.get(CxField.HOW_WE_TOLD)),
                choice(JourneyStage.class, raw.get(CxField.JOURNEY_STAGE)));
    }

    private Integer catalogId(CxField field, Map<CxField, Object> raw) {
        SelectedOption option = RawValues.option(raw.get(field));
        return option == null ? null : catalogOptions.catalogId(field, option.optionId());
    }

    private static <E extends Enum<E>> E choice(Class<E> type, Object raw) {
        SelectedOption option = RawValues.option(raw);
        return option == null ? null : Choice.fromLabel(type, option.value()).orElse(null);
    }
}
