package com.cxalign.jira.dashboard.readmodel;

import java.util.List;
import java.util.Optional;

/**
 * The port to Jira's issues for the read model: every issue id, project by project and in batches (without Jira's
 * search index), and one issue with what the read model needs of it.
 */
public interface ReadModelSource {

    /** The ids of the projects whose issues the rebuild goes through. */
    List<Long> projectIds();

    /** The ids of a project's issues, all types. */
    List<Long> issueIds(long projectId);

    /** The issue, or empty when it no longer exists. */
    Optional<SourcedIssue> load(long issueId);
}
