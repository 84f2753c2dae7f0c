package com.cxalign.jira.catalog.rules;

/** Lengths of the catalogue's text fields; the Active Objects columns are sized to match. */
public final class Limits {

    public static final int NAME = 120;
    public static final int STATEMENT = 1000;
    public static final int DESCRIPTION = 2000;
    public static final int UNIT = 30;
    public static final int USER_KEY = 255;
    public static final int SOURCE = 120;
    public static final int NOTE = 1000;

    private Limits() {
    }
}
