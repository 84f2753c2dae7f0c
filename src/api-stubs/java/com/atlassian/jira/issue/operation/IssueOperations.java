package com.atlassian.jira.issue.operation;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.operation.IssueOperations} (jira-api); only the
 * three screen operations this plugin uses. The constants are distinct non-null stand-ins (Jira's own are
 * instances of an implementation class).
 */
public class IssueOperations {

    public static final ScreenableIssueOperation CREATE_ISSUE_OPERATION = new StubOperation("create");

    public static final ScreenableIssueOperation EDIT_ISSUE_OPERATION = new StubOperation("edit");

    public static final ScreenableIssueOperation VIEW_ISSUE_OPERATION = new StubOperation("view");

    /** Stand-in for Jira's private implementation class, so the constants are distinct non-null values. */
    private static final class StubOperation implements ScreenableIssueOperation {
        private final String name;

        StubOperation(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
