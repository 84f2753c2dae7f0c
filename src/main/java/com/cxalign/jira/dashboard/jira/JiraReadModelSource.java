package com.cxalign.jira.dashboard.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.cxalign.jira.dashboard.readmodel.IssueFacts;
import com.cxalign.jira.dashboard.readmodel.ReadModelSource;
import com.cxalign.jira.dashboard.readmodel.SourcedIssue;
import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.CxIssues;
import com.cxalign.jira.initiative.jira.JiraIssueReader;
import com.cxalign.jira.initiative.model.CxIssueType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ofbiz.core.entity.GenericEntityException;

/**
 * {@link ReadModelSource} over Jira's project and issue managers: every project's issue ids from the database (not
 * the search index), and one issue with its status category, dates and the feedback it addresses.
 */
public class JiraReadModelSource implements ReadModelSource {

    private final ProjectManager projects;
    private final IssueManager issueManager;
    private final JiraIssueReader reader;
    private final CxIssues issues;

    public JiraReadModelSource(ProjectManager projects, IssueManager issueManager, JiraIssueReader reader,
                               CxIssues issues) {
        this.projects = projects;
        this.issueManager = issueManager;
        this.reader = reader;
        this.issues = issues;
    }

    @Override
    public List<Long> projectIds() {
        return projects.getProjectObjects().stream().map(Project::getId).toList();
    }

    @Override
    public List<Long> issueIds(long projectId) {
        try {
            return List.copyOf(issueManager.getIssueIdsForProject(projectId));
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not list the issues of project " + projectId, e);
        }
    }

    @Override
    public Optional<SourcedIssue> load(long issueId) {
        return Optional.ofNullable(issueManager.getIssueObject(issueId)).map(this::sourced);
    }

    /** The issue Jira handed over with an event. */
    SourcedIssue sourced(Issue issue) {
        CxIssue cx = reader.read(issue);
        // Only an initiative's links go into the read model: no link lookup for the other issues of every event.
        boolean initiative = cx.type() == CxIssueType.INITIATIVE && cx.id() != 0;
        return new SourcedIssue(cx, facts(issue), initiative ? issues.addressedFeedback(cx.id()) : List.of());
    }

    static IssueFacts facts(Issue issue) {
        String category = issue.getStatus() == null || issue.getStatus().getStatusCategory() == null
                ? IssueFacts.NEW : issue.getStatus().getStatusCategory().getKey();
        return new IssueFacts(category, instant(issue.getCreated()), instant(issue.getUpdated()),
                instant(issue.getResolutionDate()));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
