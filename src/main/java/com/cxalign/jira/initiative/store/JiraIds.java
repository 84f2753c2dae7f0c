package com.cxalign.jira.initiative.store;

import com.atlassian.activeobjects.external.ActiveObjects;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** The Jira ids of the objects the plugin made, by role (see {@link JiraObjectEntity}), in Active Objects. */
public class JiraIds {

    private final ActiveObjects ao;

    public JiraIds(ActiveObjects ao) {
        this.ao = ao;
    }

    public Optional<String> get(String role) {
        JiraObjectEntity[] rows = ao.find(JiraObjectEntity.class, Query.select().where("ROLE = ?", role));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getJiraId());
    }

    /** Stores or replaces the id of a role. */
    public void put(String role, String jiraId) {
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

    /** Every stored role with its id: read once where many are needed (a table of a few dozen rows). */
    public Map<String, String> all() {
        return withPrefix("");
    }

    /** Every role that starts with {@code prefix}, with its id, in role order. */
    public Map<String, String> withPrefix(String prefix) {
        Query query = Query.select().where("ROLE LIKE ?", prefix.replace("%", "") + "%").order("ROLE");
        Map<String, String> ids = new LinkedHashMap<>();
        Arrays.stream(ao.find(JiraObjectEntity.class, query)).forEach(row -> ids.put(row.getRole(), row.getJiraId()));
        return ids;
    }
}
