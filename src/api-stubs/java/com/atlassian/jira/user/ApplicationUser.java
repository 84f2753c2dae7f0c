package com.atlassian.jira.user;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.user.ApplicationUser} (jira-api); only the members
 * this plugin calls.
 */
public interface ApplicationUser {

    String getKey();

    String getUsername();
}
