package com.cxalign.jira.platform.security;

/**
 * Who is making a request, as services need to know it: a Jira user key (null when nobody is logged in) and whether
 * that user is a Jira administrator. Plain data, so that services and their tests need no Jira.
 */
public record Actor(String userKey, boolean admin) {

    private static final Actor ANONYMOUS = new Actor(null, false);
    /** The plugin itself, for what it reads on nobody's behalf (start-up, background work); never for changes. */
    private static final Actor PLUGIN = new Actor(com.cxalign.jira.platform.PluginKey.KEY, false);

    public Actor {
        if (userKey != null && userKey.isBlank()) {
            throw new IllegalArgumentException("a user key cannot be blank; use Actor.anonymous()");
        }
        if (userKey == null && admin) {
            throw new IllegalArgumentException("an anonymous visitor cannot be an administrator");
        }
    }

    public static Actor anonymous() {
        return ANONYMOUS;
    }

    /** The plugin itself: a logged-in reader with no rights beyond reading (see {@link #PLUGIN}). */
    public static Actor plugin() {
        return PLUGIN;
    }

    public static Actor user(String userKey) {
        return new Actor(requireKey(userKey), false);
    }

    public static Actor admin(String userKey) {
        return new Actor(requireKey(userKey), true);
    }

    public boolean isAnonymous() {
        return userKey == null;
    }

    private static String requireKey(String userKey) {
        if (userKey == null) {
            throw new IllegalArgumentException("a user needs a user key; use Actor.anonymous() for nobody");
        }
        return userKey;
    }
}
