package com.cxalign.jira.initiative.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.CxIssues;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.setup.CxSchemaSetup;
import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.initiative.values.SelectedOption;
import com.cxalign.jira.platform.security.Actor;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link CxIssues} over Jira's issue, link, permission and user managers. Values are handed on as Jira holds them,
 * except that a select field's {@code Option} becomes a {@link SelectedOption}, so that no Jira type leaves here.
 */
public class JiraCxIssues implements CxIssues, JiraIssueReader {

    private final IssueManager issueManager;
    private final CustomFieldManager customFields;
    private final IssueLinkManager links;
    private final PermissionManager permissions;
    private final UserManager users;
    private final JiraIds ids;

    public JiraCxIssues(IssueManager issueManager, CustomFieldManager customFields, IssueLinkManager links,
                        PermissionManager permissions, UserManager users, JiraIds ids) {
        this.issueManager = issueManager;
        this.customFields = customFields;
        this.links = links;
        this.permissions = permissions;
        this.users = users;
        this.ids = ids;
    }

    @Override
    public Optional<CxIssue> find(String issueKey) {
        return Optional.ofNullable(issueManager.getIssueObject(issueKey)).map(issue -> toCxIssue(issue, ids.all()));
    }

    @Override
    public Optional<CxIssue> find(long issueId) {
        return Optional.ofNullable(issueManager.getIssueObject(issueId)).map(issue -> toCxIssue(issue, ids.all()));
    }

    @Override
    public CxIssue read(Issue issue) {
        return toCxIssue(issue, ids.all());
    }

    @Override
    public boolean canBrowse(Actor actor, long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        ApplicationUser user = actor.isAnonymous() ? null : users.getUserByKey(actor.userKey());
        return issue != null && (actor.isAnonymous() || user != null)
                && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    @Override
    public List<Long> addressedFeedback(long initiativeId) {
        return linked(links.getOutwardLinks(initiativeId), IssueLink::getDestinationId);
    }

    @Override
    public List<Long> addressingInitiatives(long feedbackId) {
        return linked(links.getInwardLinks(feedbackId), IssueLink::getSourceId);
    }

    private List<Long> linked(List<IssueLink> issueLinks, Function<IssueLink, Long> otherEnd) {
        Optional<Long> linkType = ids.get(CxSchemaSetup.LINK_ROLE).map(Long::valueOf);
        if (linkType.isEmpty()) {
            return List.of();
        }
        return issueLinks.stream().filter(link -> linkType.get().equals(link.getLinkTypeId())).map(otherEnd).toList();
    }

    /** @param known every stored Jira id by role, read once for the issue */
    private CxIssue toCxIssue(Issue issue, Map<String, String> known) {
        CxIssueType type = cxType(issue, known);
        Map<CxField, Object> raw = new EnumMap<>(CxField.class);
        if (type != null) {
            for (CxField field : CxField.of(type)) {
                Object value = value(issue, known.get(field.role()));
                if (value != null) {
                    raw.put(field, value);
                }
            }
        }
        Instant created = issue.getCreated() == null ? null : issue.getCreated().toInstant();
        // An issue being created (a check on the Create transition) has no id, key or creation time yet.
        return new CxIssue(orZero(issue.getId()), issue.getKey(), issue.getSummary(), orZero(issue.getProjectId()),
                created, type, raw);
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }

    private static CxIssueType cxType(Issue issue, Map<String, String> known) {
        String typeId = issue.getIssueType() == null ? null : issue.getIssueType().getId();
        return Arrays.stream(CxIssueType.values())
                .filter(type -> typeId != null && typeId.equals(known.get(type.role())))
                .findFirst()
                .orElse(null);
    }

    private Object value(Issue issue, String fieldId) {
        CustomField customField = fieldId == null ? null : customFields.getCustomFieldObject(Long.valueOf(fieldId));
        if (customField == null) {
            return null;
        }
        Object value = issue.getCustomFieldValue(customField);
        if (value instanceof Option option) {
            return new SelectedOption(option.getOptionId(), option.getValue());
        }
        return value;
    }
}
