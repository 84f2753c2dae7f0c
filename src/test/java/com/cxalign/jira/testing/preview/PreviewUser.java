package com.cxalign.jira.testing.preview;

import com.atlassian.sal.api.user.UserKey;

/** Who the preview's fake SAL {@code UserManager} says is signed in. */
public enum PreviewUser {

    /** A Jira administrator; WebSudo is always granted in the preview. */
    ADMIN("preview-admin", "Alex Admin", true),
    /** A signed-in user without Jira administration rights. */
    USER("preview-agent", "Sam Agent", false),
    /** Nobody signed in. */
    ANONYMOUS(null, null, false);

    private final String key;
    private final String displayName;
    private final boolean admin;

    PreviewUser(String key, String displayName, boolean admin) {
        this.key = key;
        this.displayName = displayName;
        this.admin = admin;
    }

    /** The SAL user key, or null when anonymous. */
    public UserKey userKey() {
        return key == null ? null : new UserKey(key);
    }

    public String displayName() {
        return displayName;
    }

    public boolean isAdmin() {
        return admin;
    }
}
