package com.cxalign.jira.platform.errors;

import java.util.List;

/** Nobody is logged in, and this needs a user. (HTTP 401) */
public final class NotLoggedInException extends CxAlignException {

    private static final long serialVersionUID = 1L;

    public NotLoggedInException() {
        super("cx-align.error.login", List.of());
    }
}
