package com.cxalign.jira.testing.ao;

/**
 * JUnit category of the tests that run on a real database through {@link ActiveObjectsRule}. The build runs them
 * once per database (H2, HSQLDB, PostgreSQL): see the {@code database-*} executions in pom.xml.
 */
public interface DatabaseTest {
}
