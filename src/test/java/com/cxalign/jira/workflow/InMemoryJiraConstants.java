package com.cxalign.jira.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Jira's statuses or its resolutions in memory ({@link JiraStatuses}, {@link JiraResolutions}: both are names to
 * ids), for tests and the UI preview. By default what a new Jira has, at the ids a new Jira usually gives them (not
 * checked against a 10.3 install); {@link #create} adds one as Administration → Issues would. Thread-safe (the REST
 * and page servers read it from their own threads).
 */
public final class InMemoryJiraConstants implements JiraStatuses, JiraResolutions {

    private final Map<String, String> ids = new LinkedHashMap<>();
    private long next = 10100;

    /** The statuses of a new Jira. */
    public static InMemoryJiraConstants statusesOfANewJira() {
        return none().put("Open", "1").put("In Progress", "3").put("Reopened", "4").put("Resolved", "5")
                .put("Closed", "6").put("To Do", "10000").put("Done", "10001");
    }

    /** The resolutions of a new Jira. */
    public static InMemoryJiraConstants resolutionsOfANewJira() {
        return none().put("Done", "10000").put("Won't Do", "10001").put("Duplicate", "10002")
                .put("Cannot Reproduce", "10003");
    }

    /** None at all. */
    public static InMemoryJiraConstants none() {
        return new InMemoryJiraConstants();
    }

    /** Creates constants with new ids; a name that exists already keeps its id. */
    public synchronized InMemoryJiraConstants create(String... names) {
        for (String name : names) {
            if (!ids.containsKey(name)) {
                ids.put(name, String.valueOf(next++));
            }
        }
        return this;
    }

    /** One with the given id (any text: Jira's ids are not checked here). */
    public synchronized InMemoryJiraConstants put(String name, String id) {
        ids.put(name, id);
        return this;
    }

    /** Deletes one, as an administrator may in Administration → Issues. */
    public synchronized InMemoryJiraConstants delete(String name) {
        ids.remove(name);
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
