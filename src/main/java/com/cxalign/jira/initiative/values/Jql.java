package com.cxalign.jira.initiative.values;

/**
 * JQL clauses on the CX fields, for links that open Jira's issue search. Fields are named by id
 * ({@code cf[10010]}), since admins may rename them; option values are quoted with JQL's escapes, so that any
 * goal name (quotes, backslashes, JQL words) stays one string.
 */
public final class Jql {

    private Jql() {
    }

    /** A JQL string literal: in double quotes, with {@code \} and {@code "} escaped by a backslash. */
    public static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** {@code cf[10010] = "Reduce onboarding churn"}: issues whose select field shows this option. */
    public static String optionNamed(long customFieldId, String optionValue) {
        return "cf[" + customFieldId + "] = " + quoted(optionValue);
    }

    /** {@code cf[10010] = 10100}: by the option's id, which also finds a disabled (archived) option. */
    public static String optionWithId(long customFieldId, long optionId) {
        return "cf[" + customFieldId + "] = " + optionId;
    }
}
