package com.cxalign.jira.catalog.rest;

/** What a readings import stored. */
public record ReadingImportJson(int stored) {
}
