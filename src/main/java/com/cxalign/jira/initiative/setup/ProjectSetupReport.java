package com.cxalign.jira.initiative.setup;

import java.util.List;

/**
 * What "Set up a CX project" changed: the issue types added to the project's issue type scheme (which other
 * projects may share) and, screen by screen, the fields added. Empty lists mean the project was ready already.
 */
public record ProjectSetupReport(String projectKey, String projectName, String issueTypeScheme,
                                 boolean defaultScheme, List<String> addedIssueTypes, List<ScreenChange> screens) {

    public ProjectSetupReport {
        addedIssueTypes = List.copyOf(addedIssueTypes);
        screens = List.copyOf(screens);
    }

    public boolean changedNothing() {
        return addedIssueTypes.isEmpty() && screens.stream().allMatch(screen -> screen.addedFields().isEmpty());
    }

    public record ScreenChange(String screen, List<String> addedFields) {

        public ScreenChange {
            addedFields = List.copyOf(addedFields);
        }
    }
}
