package com.cxalign.jira.initiative.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.cxalign.jira.initiative.alignment.AlignmentService;
import com.cxalign.jira.initiative.rest.AlignmentJson;
import com.cxalign.jira.platform.errors.CxAlignException;
import com.cxalign.jira.platform.i18n.Messages;
import com.cxalign.jira.platform.security.CurrentActor;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives the CX alignment panel on the view issue page its data: the issue's alignment for the user looking at it,
 * or, when it cannot be shown (not logged in, no permission), a sentence saying why instead of an error page.
 */
public class AlignmentPanelContext implements ContextProvider {

    private final AlignmentService alignments;
    private final CurrentActor currentActor;
    private final LocaleResolver localeResolver;
    private final Messages messages;
    private final ApplicationProperties applicationProperties;

    public AlignmentPanelContext(AlignmentService alignments, CurrentActor currentActor, LocaleResolver localeResolver,
                                 Messages messages, ApplicationProperties applicationProperties) {
        this.alignments = alignments;
        this.currentActor = currentActor;
        this.localeResolver = localeResolver;
        this.messages = messages;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> panel = new HashMap<>(context);
        panel.put("baseUrl", applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        Object issue = context.get("issue");
        if (!(issue instanceof Issue jiraIssue)) {
            panel.put("alignmentProblem", messages.text("cx-align.panel.no-issue"));
            return panel;
        }
        try {
            AlignmentJson alignment = AlignmentJson.of(alignments.alignmentOf(currentActor.current(), jiraIssue.getKey()), messages);
            panel.put("alignment", AlignmentPanelModel.of(alignment, localeResolver.getLocale()));
        } catch (CxAlignException e) {
            panel.put("alignmentProblem", messages.text(e.getMessageKey(), e.getArguments()));
        }
        return panel;
    }
}
