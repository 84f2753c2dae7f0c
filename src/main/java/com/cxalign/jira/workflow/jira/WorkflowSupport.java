package com.cxalign.jira.workflow.jira;

import com.atlassian.jira.issue.Issue;
import com.cxalign.jira.initiative.CatalogOptions;
import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.jira.JiraIssueReader;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.initiative.values.CxFieldValues;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.i18n.Messages;
import com.cxalign.jira.workflow.rules.LoopRule;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.WorkflowException;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What every CX workflow check needs from Jira, in one place: the issue a transition moves (Jira passes it in the
 * transient variables as {@code issue}), its values read like everywhere else in the plugin, and findings turned
 * into Jira's validation error: each message next to its field (by Jira's field id, when the field is on the
 * transition screen) and naming the field, so that it also makes sense where Jira shows it at the top.
 */
public class WorkflowSupport {

    /** The key under which Jira passes the issue to validators, conditions and post functions. */
    public static final String ISSUE = "issue";
    /** The issue as stored before the transition; what Jira's own conditions fall back to. */
    static final String ORIGINAL_ISSUE = "originalissueobject";

    private final JiraIssueReader reader;
    private final JiraIds ids;
    private final CatalogOptions options;
    private final Messages messages;
    private final ZoneId zone;

    public WorkflowSupport(JiraIssueReader reader, JiraIds ids, CatalogOptions options, Messages messages,
                           ZoneId zone) {
        this.reader = reader;
        this.ids = ids;
        this.options = options;
        this.messages = messages;
        this.zone = zone;
    }

    /** @throws WorkflowException when Jira passed no issue, which only a broken workflow configuration does */
    public CxIssue issueOf(Map<?, ?> transientVars) throws WorkflowException {
        Object issue = transientVars.get(ISSUE) != null ? transientVars.get(ISSUE) : transientVars.get(ORIGINAL_ISSUE);
        if (!(issue instanceof Issue jiraIssue)) {
            throw new WorkflowException("CX Align's workflow check found no issue in the transition's variables");
        }
        return reader.read(jiraIssue);
    }

    /** Reads values with the catalogue's options as they are now. */
    public CxFieldValues values() {
        return new CxFieldValues(options.lookup(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** One error per finding, each next to the Jira field it is about. */
    public InvalidInputException invalidInput(List<FieldError> findings) {
        InvalidInputException error = new InvalidInputException();
        Map<String, String> known = ids.all();
        for (FieldError finding : findings) {
            String text = messages.text("cx-align.workflow.field-error", fieldName(finding.field()),
                    messages.text(finding.messageKey(), finding.arguments()));
            String jiraField = jiraFieldId(finding.field(), known);
            if (jiraField == null) {
                error.addError(text);
            } else {
                error.addError(jiraField, text);
            }
        }
        return error;
    }

    private String fieldName(String jsonName) {
        if (LoopRule.LINKS_FIELD.equals(jsonName)) {
            return messages.text("cx-align.workflow.field.links");
        }
        return cxField(jsonName).map(CxField::defaultName).orElse(jsonName);
    }

    private static String jiraFieldId(String jsonName, Map<String, String> known) {
        if (LoopRule.LINKS_FIELD.equals(jsonName)) {
            return LoopRule.LINKS_FIELD;
        }
        return cxField(jsonName).map(field -> known.get(field.role())).map(id -> "customfield_" + id).orElse(null);
    }

    private static java.util.Optional<CxField> cxField(String jsonName) {
        return Arrays.stream(CxField.values()).filter(field -> field.jsonName().equals(jsonName)).findFirst();
    }
}
