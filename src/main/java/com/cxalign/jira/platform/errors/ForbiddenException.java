package com.cxalign.jira.platform.errors;

import java.util.List;

/** The user is logged in but may not do this. (HTTP 403) */
public final class ForbiddenException extends CxAlignException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String messageKey, String... arguments) {
        super(messageKey, List.of(arguments));
    }
}
