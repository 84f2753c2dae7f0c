package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import java.util.Collection;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.config.StatusManager} (jira-api); only the members
 * this plugin calls.
 */
public interface StatusManager {

    /** @return every status of this Jira */
    Collection<Status> getStatuses();
}
