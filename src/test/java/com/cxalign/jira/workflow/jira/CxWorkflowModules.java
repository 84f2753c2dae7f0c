package com.cxalign.jira.workflow.jira;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.jira.issue.Issue;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.jira.JiraIssueReader;
import com.cxalign.jira.testing.rest.StrictMessages;
import com.cxalign.jira.testing.workflow.JiraSystemModules;
import com.cxalign.jira.workflow.OutcomeRecords;
import com.cxalign.jira.workflow.store.WorkflowUpgradeTask3;

import java.util.Map;
import java.util.function.Supplier;

/**
 * CX Align's workflow checks built as Jira builds them (constructor injection), over an {@link Initiatives} rule
 * (with the outcome records' table, model version 3):
 * the issue Jira passes is a Mockito {@link Issue} (it exists only in Jira) that the plugin reads, through the
 * port, from the rule's in-memory Jira. {@link #build(String)} is the class factory for
 * {@link com.cxalign.jira.testing.workflow.WorkflowEngine}.
 */
final class CxWorkflowModules {

    final WorkflowSupport support;
    final OutcomeRecords records;
    private final Map<String, Supplier<Object>> modules;

    CxWorkflowModules(Initiatives initiatives) {
        JiraIssueReader reader = issue -> initiatives.jira.find(issue.getId()).orElseThrow();
        support = new WorkflowSupport(reader, initiatives.ids, initiatives.options, StrictMessages.forPlugin(),
                Initiatives.ZONE);
        new WorkflowUpgradeTask3().upgrade(ModelVersion.valueOf("2"), initiatives.catalog.ao().activeObjects());
        records = new OutcomeRecords(initiatives.catalog.ao().activeObjects(), initiatives.catalog.clock);
        LoopCheck loops = new LoopCheck(initiatives.jira, support);
        modules = Map.of(
                OutcomeStatedValidator.class.getName(), () -> new OutcomeStatedValidator(support),
                AlignedValidator.class.getName(), () -> new AlignedValidator(support, initiatives.alignmentCatalog),
                MeasuredValidator.class.getName(), () -> new MeasuredValidator(support, initiatives.alignmentCatalog,
                        initiatives.catalog.readings),
                LoopClosedValidator.class.getName(), () -> new LoopClosedValidator(support, loops),
                LoopClosedCondition.class.getName(), () -> new LoopClosedCondition(support, loops),
                RecordOutcomeFunction.class.getName(), () -> new RecordOutcomeFunction(support, records));
    }

    /** A new instance of a plugin class, a stand-in for a Jira class, or null (the engine then loads it). */
    Object build(String className) {
        Supplier<Object> module = modules.get(className);
        return module != null ? module.get() : JiraSystemModules.standIn(className);
    }

    /** What Jira passes as {@code issue}: here only its id matters, the rest is read through the port. */
    static Map<String, Object> transitionOf(long issueId) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(issueId);
        return Map.of(WorkflowSupport.ISSUE, issue);
    }
}
