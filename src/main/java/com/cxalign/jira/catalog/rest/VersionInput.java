package com.cxalign.jira.catalog.rest;

/** The body of archive and restore: the version the admin saw. */
public record VersionInput(Integer version) {
}
