package com.cxalign.jira.testing.preview;

/** A Jira project as the preview's stand-in for Jira's REST API lists it ({@code /rest/api/2/project}). */
public record PreviewProject(long id, String key, String name) {
}
