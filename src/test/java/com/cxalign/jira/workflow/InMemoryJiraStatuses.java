package com.cxalign.jira.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link JiraStatuses} in memory, for tests and the UI preview: by default the statuses a new Jira has (Open,
 * In Progress, Reopened, Resolved, Closed, To Do, Done, at Jira's usual ids); {@link #create} adds one as
 * Administration → Issues → Statuses would. Thread-safe (the REST and page servers read it from their own threads).
 */
public final class InMemoryJiraStatuses implements JiraStatuses {

    private final Map<String, String> ids = new LinkedHashMap<>();
    private long next = 10100;

    /** The statuses of a new Jira. */
    public static InMemoryJiraStatuses ofANewJira() {
        InMemoryJiraStatuses statuses = new InMemoryJiraStatuses();
        statuses.put("Open", "1");
        statuses.put("In Progress", "3");
        statuses.put("Reopened", "4");
        statuses.put("Resolved", "5");
        statuses.put("Closed", "6");
        statuses.put("To Do", "10000");
        statuses.put("Done", "10001");
        return statuses;
    }

    /** No status at all. */
    public static InMemoryJiraStatuses none() {
        return new InMemoryJiraStatuses();
    }

    /** Creates statuses with new ids; a name that exists already keeps its id. */
    public synchronized InMemoryJiraStatuses create(String... names) {
        for (String name : names) {
            if (!ids.containsKey(name)) {
                ids.put(name, String.valueOf(next++));
            }
        }
        return this;
    }

    /** A status with the given id (any text: Jira's ids are not checked here). */
    public synchronized InMemoryJiraStatuses put(String name, String id) {
        ids.put(name, id);
        return this;
    }

    public synchronized String idOf(String name) {
        return ids.get(name);
    }

    @Override
    public synchronized Map<String, String> idsByName() {
        return new LinkedHashMap<>(ids);
    }
}
