package com.cxalign.jira.catalog.csv;

/**
 * Text that is not valid CSV, at a line of the file (1-based, counting every line break, also those inside quoted
 * values). Carries an i18n key, like the plugin's other failures, for the caller to report.
 */
public final class CsvFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String messageKey;

    CsvFormatException(int line, String messageKey) {
        super(messageKey + " at line " + line);
        this.line = line;
        this.messageKey = messageKey;
    }

    public int line() {
        return line;
    }

    public String messageKey() {
        return messageKey;
    }
}
