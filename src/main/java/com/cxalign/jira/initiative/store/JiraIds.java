package com.cxalign.jira.initiative.store;

import com.atlassian.activeobjects.external.ActiveObjects;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The Jira ids of the objects the plugin made, by role (see {@link JiraObjectEntity}), in Active Objects. Reads come
 * from a snapshot of the whole (small) table held in an {@link IdCache}; every change clears it once committed.
 */
public class JiraIds {

    private final ActiveObjects ao;
    private final IdCache cache;

    public JiraIds(ActiveObjects ao, IdCache cache) {
        this.ao = ao;
        this.cache = cache;
    }

    public Optional<String> get(String role) {
        return Optional.ofNullable(all().get(role));
    }

    /** Stores or replaces the id of a role. */
    public void put(String role, String jiraId) {
        write(role, jiraId);
        cache.clear();
    }

    private void write(String role, String jiraId) {
        ao.executeInTransaction(() -> {
            JiraObjectEntity[] rows = ao.find(JiraObjectEntity.class, Query.select().where("ROLE = ?", role));
            if (rows.length == 0) {
                ao.create(JiraObjectEntity.class, new DBParam("ROLE", role), new DBParam("JIRA_ID", jiraId));
            } else if (!rows[0].getJiraId().equals(jiraId)) {
                rows[0].setJiraId(jiraId);
                rows[0].save();
            }
            return null;
        });
    }

    /** Every stored role with its id, in role order (a table of a few dozen rows). */
    public Map<String, String> all() {
        return cache.get(this::load);
    }

    /** Every role that starts with {@code prefix}, with its id, in role order. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> ids = new LinkedHashMap<>();
        all().forEach((role, id) -> {
            if (role.startsWith(prefix)) {
                ids.put(role, id);
            }
        });
        return ids;
    }

    private Map<String, String> load() {
        Map<String, String> ids = new LinkedHashMap<>();
        Arrays.stream(ao.find(JiraObjectEntity.class, Query.select().order("ROLE")))
                .forEach(row -> ids.put(row.getRole(), row.getJiraId()));
        return ids;
    }
}
