package com.cxalign.jira.initiative.rest;

/** The body of {@code POST /setup/projects}: the key of the project to set up. */
public record ProjectSetupInput(String projectKey) {
}
