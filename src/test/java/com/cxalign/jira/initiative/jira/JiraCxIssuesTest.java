package com.cxalign.jira.initiative.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.setup.CxSchemaSetup;
import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.initiative.store.JiraObjectEntity;
import com.cxalign.jira.initiative.values.SelectedOption;
import com.cxalign.jira.platform.security.Actor;
import com.cxalign.jira.testing.ao.ActiveObjectsRule;
import com.cxalign.jira.testing.jira.LocalIdCache;

import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** The issue port over Jira's managers (Mockito) and the ids the plugin stored (real Active Objects). */
public class JiraCxIssuesTest {

    @Rule
    public ActiveObjectsRule ao = new ActiveObjectsRule(JiraObjectEntity.class);

    private final IssueManager issueManager = mock(IssueManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private JiraCxIssues issues;
    private final CustomField goalField = mock(CustomField.class);
    private final CustomField outcomeField = mock(CustomField.class);

    @Before
    public void storedIds() {
        JiraIds ids = new JiraIds(ao.activeObjects(), new LocalIdCache());
        ids.put(CxIssueType.INITIATIVE.role(), "10500");
        ids.put(CxIssueType.FEEDBACK.role(), "10501");
        ids.put(CxField.GOAL.role(), "10010");
        ids.put(CxField.OUTCOME.role(), "10012");
        ids.put(CxSchemaSetup.LINK_ROLE, "10300");
        when(customFields.getCustomFieldObject(10010L)).thenReturn(goalField);
        when(customFields.getCustomFieldObject(10012L)).thenReturn(outcomeField);
        issues = new JiraCxIssues(issueManager, customFields, links, permissions, users, ids);
    }

    @Test
    public void anInitiativesFieldsAreReadWithOptionsTurnedIntoPlainValues() {
        MutableIssue issue = issue(1L, "CX-1", "10500");
        Option option = mock(Option.class);
        when(option.getOptionId()).thenReturn(501L);
        when(option.getValue()).thenReturn("Reduce onboarding churn");
        when(issue.getCustomFieldValue(goalField)).thenReturn(option);
        when(issue.getCustomFieldValue(outcomeField)).thenReturn("Faster first week");
        when(issueManager.getIssueObject("CX-1")).thenReturn(issue);

        CxIssue read = issues.find("CX-1").orElseThrow();

        assertEquals(CxIssueType.INITIATIVE, read.type());
        assertEquals(new SelectedOption(501, "Reduce onboarding churn"), read.rawValues().get(CxField.GOAL));
        assertEquals("Faster first week", read.rawValues().get(CxField.OUTCOME));
        assertFalse("a field never made is no value", read.rawValues().containsKey(CxField.METRIC));
        assertEquals(10100L, read.projectId());
    }

    @Test
    public void anIssueBeingCreatedIsReadWithoutAnIdKeyOrCreationTime() {
        MutableIssue creating = issue(1L, "CX-1", "10500");
        when(creating.getId()).thenReturn(null);
        when(creating.getKey()).thenReturn(null);
        when(creating.getCustomFieldValue(outcomeField)).thenReturn("Faster first week");

        CxIssue read = issues.read(creating);

        assertEquals(0L, read.id());
        assertNull(read.key());
        assertNull(read.created());
        assertEquals(CxIssueType.INITIATIVE, read.type());
        assertEquals("Faster first week", read.rawValues().get(CxField.OUTCOME));
    }

    @Test
    public void anIssueOfAnotherTypeIsNoCxIssueAndItsFieldsAreNotRead() {
        MutableIssue issue = issue(2L, "CX-2", "3");
        when(issueManager.getIssueObject(2L)).thenReturn(issue);

        CxIssue read = issues.find(2L).orElseThrow();

        assertNull(read.type());
        assertTrue(read.rawValues().isEmpty());
        assertTrue(issues.find("NOPE-1").isEmpty());
    }

    @Test
    public void onlyAddressesFeedbackLinksAreFollowedInTheirDirection() {
        IssueLink addresses = link(10300L, 1L, 7L);
        IssueLink blocks = link(10000L, 1L, 8L);
        when(links.getOutwardLinks(1L)).thenReturn(List.of(addresses, blocks));
        when(links.getInwardLinks(7L)).thenReturn(List.of(addresses));

        assertEquals(List.of(7L), issues.addressedFeedback(1L));
        assertEquals(List.of(1L), issues.addressingInitiatives(7L));
    }

    @Test
    public void browsingIsJirasBrowseProjectsPermissionForTheUserOrTheAnonymousVisitor() {
        MutableIssue issue = issue(1L, "CX-1", "10500");
        when(issueManager.getIssueObject(1L)).thenReturn(issue);
        ApplicationUser agent = mock(ApplicationUser.class);
        when(users.getUserByKey("agent-key")).thenReturn(agent);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, agent)).thenReturn(true);

        assertTrue(issues.canBrowse(Actor.user("agent-key"), 1L));
        assertFalse("an unknown user key", issues.canBrowse(Actor.user("gone"), 1L));
        assertFalse("no permission for anonymous here", issues.canBrowse(Actor.anonymous(), 1L));
        assertFalse("an unknown issue", issues.canBrowse(Actor.user("agent-key"), 99L));
    }

    private static MutableIssue issue(long id, String key, String issueTypeId) {
        MutableIssue issue = mock(MutableIssue.class);
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(issueTypeId);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn("Summary of " + key);
        when(issue.getProjectId()).thenReturn(10100L);
        when(issue.getIssueType()).thenReturn(type);
        return issue;
    }

    private static IssueLink link(long typeId, long source, long destination) {
        IssueLink link = mock(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(typeId);
        when(link.getSourceId()).thenReturn(source);
        when(link.getDestinationId()).thenReturn(destination);
        return link;
    }
}
