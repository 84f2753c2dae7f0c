package com.cxalign.jira.platform.errors;

import java.util.List;

/**
 * A failure the user must be told about in plain words. It carries an i18n key and its arguments, not a text, so
 * that the REST layer can say it in the user's language; {@link #getMessage()} is for logs.
 */
public abstract class CxAlignException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<String> arguments;

    protected CxAlignException(String messageKey, List<String> arguments) {
        super(messageKey + (arguments.isEmpty() ? "" : " " + arguments));
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments;
    }
}
