package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.user.util.UserManager} (jira-api); only the members
 * this plugin calls.
 */
public interface UserManager {

    /** @return the user with this key, or {@code null} */
    ApplicationUser getUserByKey(String userKey);
}
