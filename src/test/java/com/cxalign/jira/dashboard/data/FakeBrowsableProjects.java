package com.cxalign.jira.dashboard.data;

import com.cxalign.jira.platform.security.Actor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Who may browse which project, for the dashboards' tests; as {@code CxSampleIssues} grants it in the fake Jira. */
public final class FakeBrowsableProjects implements BrowsableProjects {

    private final Map<String, Set<Long>> browsable = new HashMap<>();

    public synchronized FakeBrowsableProjects allow(String userKey, long... projectIds) {
        Set<Long> projects = browsable.computeIfAbsent(userKey, key -> new HashSet<>());
        for (long id : projectIds) {
            projects.add(id);
        }
        return this;
    }

    @Override
    public synchronized Set<Long> of(Actor actor) {
        return actor.isAnonymous() ? Set.of() : Set.copyOf(browsable.getOrDefault(actor.userKey(), Set.of()));
    }
}
