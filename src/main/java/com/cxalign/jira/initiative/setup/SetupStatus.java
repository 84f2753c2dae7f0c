package com.cxalign.jira.initiative.setup;

import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the plugin has made in Jira, for the admin page: each issue type, the link type and each field, with its Jira
 * id and whether it is still there (an admin may have deleted one; the next setup run makes it again).
 */
public class SetupStatus {

    private final JiraSchema jira;
    private final JiraIds ids;

    public SetupStatus(JiraSchema jira, JiraIds ids) {
        this.jira = jira;
        this.ids = ids;
    }

    /** One object: {@code kind} is {@code issueType}, {@code linkType} or {@code field}; {@code jiraId} null if never made. */
    public record Item(String kind, String name, String jiraId, boolean present) {
    }

    public List<Item> items(Actor actor) {
        Access.requireAdmin(actor);
        Map<String, String> known = ids.all();
        List<Item> items = new ArrayList<>();
        for (CxIssueType type : CxIssueType.values()) {
            items.add(item("issueType", type.defaultName(), known.get(type.role()), jira::issueTypeExists));
        }
        items.add(item("linkType", CxSchemaSetup.LINK_NAME, known.get(CxSchemaSetup.LINK_ROLE),
                id -> jira.linkTypeExists(Long.parseLong(id))));
        for (CxField field : CxField.values()) {
            items.add(item("field", field.defaultName(), known.get(field.role()),
                    id -> jira.fieldExists(Long.parseLong(id))));
        }
        return items;
    }

    private static Item item(String kind, String name, String jiraId, Predicate<String> exists) {
        return new Item(kind, name, jiraId, jiraId != null && exists.test(jiraId));
    }
}
