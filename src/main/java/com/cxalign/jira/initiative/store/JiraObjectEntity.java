package com.cxalign.jira.initiative.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A Jira object the plugin made or adopted, by the role it plays: {@code issue-type.initiative},
 * {@code field.goal}, {@code link-type.addresses-feedback}, {@code option.goal.12} and so on, with the Jira id.
 * Kept so that the plugin finds its issue types, fields and options again after they are renamed, on every node.
 */
@Table("JIRA_OBJECT")
public interface JiraObjectEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    @StringLength(100)
    String getRole();

    void setRole(String role);

    @NotNull
    @StringLength(100)
    String getJiraId();

    void setJiraId(String jiraId);
}
