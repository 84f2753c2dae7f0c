package com.cxalign.jira.feedback;

/**
 * Where a feedback loop stands ("listen, respond, repeat"): received and not yet acted on, acted on by at least one
 * initiative that addresses it, or closed because the customer was told what was done with their feedback.
 */
public enum LoopState {
    OPEN,
    ACTED_ON,
    CLOSED;

    /**
     * The loop is closed only when both the day and the way the customer was told are recorded: a date alone says
     * nothing to the customer, a note without a date cannot be measured.
     */
    public static LoopState of(FeedbackValues values, boolean addressedByAnInitiative) {
        if (values.loopClosedOn() != null && values.howWeTold() != null) {
            return CLOSED;
        }
        return addressedByAnInitiative ? ACTED_ON : OPEN;
    }
}
