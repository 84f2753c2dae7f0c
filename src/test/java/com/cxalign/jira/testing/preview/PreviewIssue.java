package com.cxalign.jira.testing.preview;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An issue that the preview's stand-in for Jira's view issue page shows at {@code /jira/browse/<key>}: what the page
 * around the plugin's web panels shows of it (summary, type, status, project, description, the values of its fields
 * as display text) and the Jira {@link Issue} that the panels' conditions and context providers get as
 * {@code issue}, as on Jira's page. The id and issue type id must be the ones the plugin's own stand-ins for Jira
 * know the issue by (for example a {@code FakeJira}).
 *
 * @param details field name → value as the page's Details section shows it, in order
 */
public record PreviewIssue(long id, String key, String summary, String issueTypeId, String issueTypeName,
                           long projectId, String projectName, String status, String description,
                           Map<String, String> details) {

    public PreviewIssue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(issueTypeId, "issueTypeId");
        Objects.requireNonNull(issueTypeName, "issueTypeName");
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** The project key: the part of the issue key before the dash. */
    public String projectKey() {
        int dash = key.lastIndexOf('-');
        return dash < 0 ? key : key.substring(0, dash);
    }

    /**
     * The issue as Jira's {@link Issue}, for web panels: id, key, summary, issue type (id and name) and project id.
     * Any other method fails, naming itself, so that a panel needing more shows up here.
     */
    public Issue jiraIssue() {
        IssueType type = fake(IssueType.class, Map.of(
                "getId", issueTypeId,
                "getName", issueTypeName,
                "isSubTask", Boolean.FALSE));
        return fake(Issue.class, Map.of(
                "getId", id,
                "getKey", key,
                "getSummary", summary,
                "getIssueType", type,
                "getProjectId", projectId));
    }

    private <T> T fake(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "preview " + type.getSimpleName() + " of " + key;
                default:
                    break;
            }
            if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException("The preview's " + type.getSimpleName() + " of " + key
                        + " does not implement " + method.getName() + "(); add it in " + PreviewIssue.class.getName());
            }
            return answers.get(method.getName());
        }));
    }
}
