package com.cxalign.jira.testing.ao;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.fail;

import org.junit.After;
import org.junit.Test;

public class TestDatabaseTest {

    private final String original = System.getProperty(TestDatabase.PROPERTY);

    @After
    public void restoreProperty() {
        if (original == null) {
            System.clearProperty(TestDatabase.PROPERTY);
        } else {
            System.setProperty(TestDatabase.PROPERTY, original);
        }
    }

    @Test
    public void theDatabaseIsChosenBySystemProperty() {
        System.setProperty(TestDatabase.PROPERTY, "hsqldb");
        assertEquals(TestDatabase.HSQLDB, TestDatabase.fromSystemProperty());
        System.setProperty(TestDatabase.PROPERTY, "postgres");
        assertEquals(TestDatabase.POSTGRES, TestDatabase.fromSystemProperty());
    }

    @Test
    public void anUnknownDatabaseFailsInsteadOfTestingSomethingElse() {
        System.setProperty(TestDatabase.PROPERTY, "oracle");
        try {
            TestDatabase.fromSystemProperty();
            fail("oracle is not a test database here");
        } catch (IllegalStateException expected) {
            assertThat(expected.getMessage(), containsString("h2, hsqldb, postgres"));
        }
    }
}
