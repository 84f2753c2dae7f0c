package com.cxalign.jira.initiative.values;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** JQL search terms on the CX fields. */
public class JqlTest {

    @Test
    public void aGoalIsSearchedByItsFieldIdAndItsQuotedName() {
        assertEquals("cf[10010] = \"Reduce onboarding churn\"", Jql.optionNamed(10010, "Reduce onboarding churn"));
    }

    @Test
    public void quotesBackslashesAndJqlWordsStayInsideTheString() {
        assertEquals("\"The \\\"wow\\\" moment\"", Jql.quoted("The \"wow\" moment"));
        assertEquals("\"C:\\\\temp\"", Jql.quoted("C:\\temp"));
        assertEquals("cf[1] = \"x\\\" OR project = SECRET OR summary ~ \\\"y\"",
                Jql.optionNamed(1, "x\" OR project = SECRET OR summary ~ \"y"));
    }

    @Test
    public void anOptionCanBeSearchedByIdToo() {
        assertEquals("cf[10010] = 10100", Jql.optionWithId(10010, 10100));
    }
}
