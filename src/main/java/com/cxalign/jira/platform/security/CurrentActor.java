package com.cxalign.jira.platform.security;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import java.util.Objects;
import javax.servlet.http.HttpServletRequest;

/**
 * The {@link Actor} of an HTTP request, from SAL's {@link UserManager}. REST resources and servlets call it first and
 * hand the Actor to services, which then need no Jira types.
 */
public final class CurrentActor {

    private final UserManager userManager;

    public CurrentActor(UserManager userManager) {
        this.userManager = Objects.requireNonNull(userManager, "userManager");
    }

    public Actor of(HttpServletRequest request) {
        return actorOf(userManager.getRemoteUserKey(request));
    }

    /** The user of the request being served, where no request object is at hand (web panels, conditions). */
    public Actor current() {
        return actorOf(userManager.getRemoteUserKey());
    }

    private Actor actorOf(UserKey userKey) {
        if (userKey == null) {
            return Actor.anonymous();
        }
        return new Actor(userKey.getStringValue(), userManager.isAdmin(userKey));
    }
}
