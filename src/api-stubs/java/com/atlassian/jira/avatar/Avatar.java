package com.atlassian.jira.avatar;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.avatar.Avatar} (jira-api, {@code @PublicApi}
 * interface); only the member this plugin calls. The real interface also has {@code getFileName()},
 * {@code getContentType()}, {@code getIconType()}, {@code getOwner()}, {@code isSystemAvatar()} and nested types.
 */
public interface Avatar {

    /** @return the database id of the avatar (what {@code IssueTypeManager.createIssueType} takes) */
    Long getId();
}
