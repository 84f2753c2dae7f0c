package com.atlassian.jira.issue.link;

import java.util.Collection;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.link.IssueLinkTypeManager} (jira-api); only the
 * members this plugin calls.
 */
public interface IssueLinkTypeManager {

    void createIssueLinkType(String name, String outward, String inward, String style);

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);

    IssueLinkType getIssueLinkType(Long id);
}
