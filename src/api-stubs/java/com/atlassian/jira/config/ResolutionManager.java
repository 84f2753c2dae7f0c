package com.atlassian.jira.config;

import com.atlassian.jira.issue.resolution.Resolution;
import java.util.List;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.config.ResolutionManager} (jira-api); only the members
 * this plugin calls.
 */
public interface ResolutionManager {

    /** @return every resolution of this Jira, in Jira's order (its sequence) */
    List<Resolution> getResolutions();
}
