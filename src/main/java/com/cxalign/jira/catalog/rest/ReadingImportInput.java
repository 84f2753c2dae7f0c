package com.cxalign.jira.catalog.rest;

/** The body of a readings import: the CSV file's text (see ReadingCsv for its format). */
public record ReadingImportInput(String csv) {
}
