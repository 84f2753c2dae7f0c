package com.cxalign.jira.catalog.rules;

import java.math.BigDecimal;

/** A reading as submitted (one REST call or one CSV row), unchecked. */
public record ReadingDraft(BigDecimal value, String measuredAt, String source, String note) {
}
