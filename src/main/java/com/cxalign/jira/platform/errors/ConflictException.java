package com.cxalign.jira.platform.errors;

import java.util.List;

/**
 * The change was based on an old version, or clashes with the current state (e.g. deleting something still in use).
 * Nothing has been changed. (HTTP 409)
 */
public final class ConflictException extends CxAlignException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, String... arguments) {
        super(messageKey, List.of(arguments));
    }
}
