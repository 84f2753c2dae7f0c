package com.cxalign.jira.initiative.setup;

import java.util.List;
import java.util.Optional;

/**
 * The port to a project's configuration in Jira: its issue type scheme and the screens its issue types use. Like
 * {@link JiraSchema}, it only adds.
 */
public interface ProjectSchemes {

    List<ProjectRef> projects();

    Optional<ProjectRef> project(String projectKey);

    IssueTypeSchemeRef issueTypeScheme(String projectKey);

    /** Adds issue types to the project's issue type scheme, keeping those it has. */
    void addIssueTypes(String projectKey, List<String> issueTypeIds);

    /** The distinct screens the project shows for creating, editing and viewing issues of this type. */
    List<ScreenRef> screens(String projectKey, String issueTypeId);

    boolean screenHasField(long screenId, long customFieldId);

    /** Adds the field to the end of the screen's first tab. */
    void addFieldToScreen(long screenId, long customFieldId);

    record ProjectRef(long id, String key, String name) {
    }

    /** @param isDefault Jira's default scheme, which holds every issue type by itself */
    record IssueTypeSchemeRef(String name, boolean isDefault, List<String> issueTypeIds) {
    }

    record ScreenRef(long id, String name) {
    }
}
