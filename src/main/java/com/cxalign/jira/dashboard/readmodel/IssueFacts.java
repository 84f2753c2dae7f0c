package com.cxalign.jira.dashboard.readmodel;

import java.time.Instant;

/**
 * What the dashboards need of an issue besides its CX fields, as Jira knows it: its status category
 * ({@code new}, {@code indeterminate} or {@code done}) and when it was created, last updated and resolved.
 */
public record IssueFacts(String statusCategory, Instant created, Instant updated, Instant resolved) {

    public static final String NEW = "new";
    public static final String IN_PROGRESS = "indeterminate";
    public static final String DONE = "done";
}
