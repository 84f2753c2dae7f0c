package com.cxalign.jira.dashboard.data;

import com.cxalign.jira.platform.security.Actor;

import java.util.Set;

/** The port to Jira's permissions for the dashboards: the ids of the projects a user may browse. */
public interface BrowsableProjects {

    Set<Long> of(Actor actor);
}
