package com.cxalign.jira.dashboard.readmodel;

import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.testing.jira.FakeJira;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * {@link ReadModelSource} over the in-memory Jira: every issue is in progress, created when the fake says, updated
 * an hour later. {@link #whileLoading} lets a test act (an event, say) in the middle of a rebuild.
 */
public final class FakeJiraSource implements ReadModelSource {

    private final FakeJira jira;
    private volatile LongConsumer whileLoading = id -> { };

    public FakeJiraSource(FakeJira jira) {
        this.jira = jira;
    }

    public void whileLoading(LongConsumer hook) {
        this.whileLoading = hook;
    }

    @Override
    public List<Long> projectIds() {
        return jira.projectIdsWithIssues();
    }

    @Override
    public List<Long> issueIds(long projectId) {
        return jira.issueIdsOf(projectId);
    }

    @Override
    public Optional<SourcedIssue> load(long issueId) {
        whileLoading.accept(issueId);
        return jira.find(issueId).map(issue -> new SourcedIssue(issue, facts(issue), jira.addressedFeedback(issueId)));
    }

    static IssueFacts facts(CxIssue issue) {
        return new IssueFacts(IssueFacts.IN_PROGRESS, issue.created(),
                issue.created() == null ? null : issue.created().plusSeconds(3600), null);
    }
}
