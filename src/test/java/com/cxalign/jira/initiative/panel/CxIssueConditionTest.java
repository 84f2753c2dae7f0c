package com.cxalign.jira.initiative.panel;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.initiative.store.JiraObjectEntity;
import com.cxalign.jira.testing.ao.ActiveObjectsRule;
import com.cxalign.jira.testing.jira.LocalIdCache;

import java.util.Map;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** The panel shows on the plugin's two issue types only. */
public class CxIssueConditionTest {

    @Rule
    public ActiveObjectsRule ao = new ActiveObjectsRule(JiraObjectEntity.class);

    private CxIssueCondition condition;

    @Before
    public void issueTypesMade() {
        JiraIds ids = new JiraIds(ao.activeObjects(), new LocalIdCache());
        ids.put(CxIssueType.INITIATIVE.role(), "10500");
        ids.put(CxIssueType.FEEDBACK.role(), "10501");
        ids.put(com.cxalign.jira.initiative.model.CxField.GOAL.role(), "3");
        condition = new CxIssueCondition(ids);
    }

    @Test
    public void cxInitiativesAndCustomerFeedbackGetThePanel() {
        assertTrue(condition.shouldDisplay(Map.of("issue", issueOfType("10500"))));
        assertTrue(condition.shouldDisplay(Map.of("issue", issueOfType("10501"))));
    }

    @Test
    public void otherIssuesAndPagesWithoutAnIssueDoNot() {
        assertFalse(condition.shouldDisplay(Map.of("issue", issueOfType("3"))));
        assertFalse(condition.shouldDisplay(Map.of("issue", mock(Issue.class))));
        assertFalse(condition.shouldDisplay(Map.of()));
        assertFalse(condition.shouldDisplay(Map.of("issue", "CX-1")));
    }

    private static Issue issueOfType(String id) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        Issue issue = mock(Issue.class);
        when(issue.getIssueType()).thenReturn(type);
        return issue;
    }
}
