package com.cxalign.jira.initiative.model;

/**
 * The two issue types CX Align adds to Jira. The names and descriptions are what Jira shows (issue type names are
 * not translated per user in Jira); admins may rename them, since the plugin finds them by the id it stored.
 */
public enum CxIssueType {
    INITIATIVE("CX Initiative",
            "A piece of CX work: the business goal and metric it serves and the customer outcome it promises.",
            "images/cx-initiative.png"),
    FEEDBACK("Customer Feedback",
            "What a customer told us, through which channel, and how we closed the loop with them.",
            "images/cx-feedback.png");

    /** What the roles of the issue types start with (see {@link #role()}). */
    public static final String ROLE_PREFIX = "issue-type.";

    private final String defaultName;
    private final String description;
    private final String icon;

    CxIssueType(String defaultName, String description, String icon) {
        this.defaultName = defaultName;
        this.description = description;
        this.icon = icon;
    }

    public String defaultName() {
        return defaultName;
    }

    public String description() {
        return description;
    }

    /** The issue type's icon, a plugin resource. */
    public String icon() {
        return icon;
    }

    /** Under which role the plugin stores the Jira id of this issue type. */
    public String role() {
        return ROLE_PREFIX + name().toLowerCase(java.util.Locale.ROOT);
    }
}
