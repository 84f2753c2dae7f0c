package com.cxalign.jira.workflow.rules;

import com.cxalign.jira.feedback.FeedbackValues;
import com.cxalign.jira.feedback.LoopState;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.platform.errors.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * "Feedback loop closed": a Customer Feedback issue records the day the customer was told and how; an initiative,
 * where configured, has every feedback issue it addresses closed.
 */
public final class LoopRule {

    /** The field of the finding about an initiative's linked feedback: Jira's issue links. */
    public static final String LINKS_FIELD = "issuelinks";

    private LoopRule() {
    }

    /** A feedback issue an initiative addresses, and where its loop stands. */
    public record LinkedLoop(String issueKey, LoopState state) {
    }

    public static List<FieldError> checkFeedback(FeedbackValues values) {
        List<FieldError> findings = new ArrayList<>();
        if (values.loopClosedOn() == null) {
            findings.add(FieldError.of(CxField.LOOP_CLOSED_ON.jsonName(), "cx-align.workflow.loop.closed-on.missing"));
        }
        if (values.howWeTold() == null) {
            findings.add(FieldError.of(CxField.HOW_WE_TOLD.jsonName(), "cx-align.workflow.loop.how-told.missing"));
        }
        return findings;
    }

    public static List<FieldError> checkLinkedLoops(List<LinkedLoop> loops) {
        List<String> open = loops.stream().filter(loop -> loop.state() != LoopState.CLOSED)
                .map(LinkedLoop::issueKey).toList();
        return open.isEmpty() ? List.of()
                : List.of(FieldError.of(LINKS_FIELD, "cx-align.workflow.loops.open", String.join(", ", open)));
    }
}
