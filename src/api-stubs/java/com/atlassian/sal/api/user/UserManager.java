package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.sal.api.user.UserManager} (sal-api); only the members this
 * plugin calls. The real interface has more methods and marks these {@code @javax.annotation.Nullable}
 * (return values, and the {@code UserKey} parameters); the stub leaves the annotations out.
 */
public interface UserManager {

    /** @return the key of the user of the current request or thread, or {@code null} when anonymous. */
    UserKey getRemoteUserKey();

    /** @return the key of the user who made the request, or {@code null} when anonymous. */
    UserKey getRemoteUserKey(HttpServletRequest request);

    /** @return whether the user is an administrator (Jira: ADMINISTER or SYSTEM_ADMIN); false for null. */
    boolean isAdmin(UserKey userKey);
}
