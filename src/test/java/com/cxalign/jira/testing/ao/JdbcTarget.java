package com.cxalign.jira.testing.ao;

/**
 * A fresh, empty database for one test: how to connect to it and how to get rid of it afterwards.
 *
 * @param schema the schema Active Objects must use; without it AO reads H2's own INFORMATION_SCHEMA tables
 */
public record JdbcTarget(String url, String username, String password, String schema, Runnable dropper)
        implements AutoCloseable {

    @Override
    public void close() {
        dropper.run();
    }
}
