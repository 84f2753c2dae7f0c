package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.rules.ReadingDraft;

import java.math.BigDecimal;

/** The body of a new reading. */
public record ReadingInput(BigDecimal value, String measuredAt, String source, String note) {

    ReadingDraft draft() {
        return new ReadingDraft(value, measuredAt, source, note);
    }
}
