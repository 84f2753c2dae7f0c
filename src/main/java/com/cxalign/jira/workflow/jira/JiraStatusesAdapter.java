package com.cxalign.jira.workflow.jira;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.cxalign.jira.workflow.JiraStatuses;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@link JiraStatuses} over Jira's {@link StatusManager}. */
public final class JiraStatusesAdapter implements JiraStatuses {

    private final StatusManager statusManager;

    public JiraStatusesAdapter(StatusManager statusManager) {
        this.statusManager = Objects.requireNonNull(statusManager, "statusManager");
    }

    /** Jira's statuses in Jira's order; a status without a name or an id is left out, and a repeated name keeps its first id. */
    @Override
    public Map<String, String> idsByName() {
        Collection<Status> statuses = statusManager.getStatuses();
        Map<String, String> ids = new LinkedHashMap<>();
        if (statuses != null) {
            for (Status status : statuses) {
                if (status != null && status.getName() != null && status.getId() != null) {
                    ids.putIfAbsent(status.getName(), status.getId());
                }
            }
        }
        return Collections.unmodifiableMap(ids);
    }
}
