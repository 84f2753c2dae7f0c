package com.cxalign.jira.platform.security;

import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotLoggedInException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access rules services apply themselves, whatever adapter calls them (REST's annotations guard only REST).
 * Failures are exceptions that the REST layer turns into 401 and 403.
 */
public final class Access {

    private static final Logger LOG = LoggerFactory.getLogger(Access.class);

    private Access() {
    }

    /** @throws NotLoggedInException if nobody is logged in */
    public static void requireLoggedIn(Actor actor) {
        if (actor.isAnonymous()) {
            throw new NotLoggedInException();
        }
    }

    /**
     * @throws NotLoggedInException if nobody is logged in (so the client can offer a login)
     * @throws ForbiddenException   if the user is not a Jira administrator
     */
    public static void requireAdmin(Actor actor) {
        requireLoggedIn(actor);
        if (!actor.admin()) {
            // Authorization failures are logged (Marketplace security requirements); the user key is no secret.
            LOG.warn("Refused an administrator-only operation to user {}", actor.userKey());
            throw new ForbiddenException("cx-align.error.forbidden");
        }
    }
}
