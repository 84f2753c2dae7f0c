package com.cxalign.jira.feedback;

import com.cxalign.jira.catalog.model.JourneyStage;

import java.time.LocalDate;

/** The CX fields of a Customer Feedback issue, read and converted; {@code null} where a field is empty. */
public record FeedbackValues(FeedbackChannel channel, String customer, Sentiment sentiment, LocalDate loopClosedOn,
                             String howWeTold, JourneyStage journeyStage) {

    public static FeedbackValues empty() {
        return new FeedbackValues(null, null, null, null, null, null);
    }
}
