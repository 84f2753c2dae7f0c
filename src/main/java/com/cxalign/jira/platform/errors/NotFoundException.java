package com.cxalign.jira.platform.errors;

import java.util.List;

/** The thing asked for does not exist, or the user may not know that it does. (HTTP 404) */
public final class NotFoundException extends CxAlignException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, String... arguments) {
        super(messageKey, List.of(arguments));
    }
}
