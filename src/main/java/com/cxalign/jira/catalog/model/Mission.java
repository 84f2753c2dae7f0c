package com.cxalign.jira.catalog.model;

import java.time.Instant;

/**
 * The CX mission statement (how the company shows up for customers) and the success statement (how everybody will
 * know it is moving toward the mission). {@code version} 0 means never written.
 */
public record Mission(String statement, String successStatement, String changedBy, Instant changedAt, int version) {

    public static Mission empty() {
        return new Mission("", "", null, null, 0);
    }
}
