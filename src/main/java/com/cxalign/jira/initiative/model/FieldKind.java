package com.cxalign.jira.initiative.model;

/** Which of Jira's own field types a CX field is, so that JQL, columns and Jira's chart gadgets work on it. */
public enum FieldKind {
    /** Single choice (Jira's select list). */
    SELECT,
    /** One line of text. */
    TEXT,
    /** Several lines of text. */
    TEXTAREA,
    /** A number (Jira stores it as a double; the plugin reads it as a decimal). */
    NUMBER,
    /** A day (Jira's date picker). */
    DATE
}
