package com.cxalign.jira.workflow.bench;

import com.atlassian.jira.issue.Issue;
import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.testing.rest.StrictMessages;
import com.cxalign.jira.workflow.jira.OutcomeStatedValidator;
import com.cxalign.jira.workflow.jira.WorkflowSupport;
import com.cxalign.jira.workflow.rules.OutcomeRule;
import com.cxalign.jira.workflow.rules.OutcomeRuleConfig;
import com.opensymphony.workflow.Validator;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "Customer outcome stated" on one transition of a realistic CX Initiative, next to a validator that does nothing,
 * in one run: what the check adds to a transition. The issue is handed over as Jira hands it (an {@link Issue} in
 * the transient variables) and read through the plugin's port; the workflow arguments are the bundled workflow's.
 * Reading the issue's CX field values from Jira is not part of it (Jira has them in memory for the transition).
 *
 * <pre>mvn -B -Pbench test-compile exec:exec -Dbench=ValidatorBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidatorBenchmark {

    private static final String OUTCOME = "New self-serve customers finish setup in one sitting, connect their data on"
            + " the first day and see their first report within a week, without having to ask support for help.";
    private static final String SUMMARY = "Guided setup checklist for new self-serve accounts";

    private Validator outcomeStated;
    private Validator noOp;
    private Map<String, Object> transientVars;
    private Map<String, String> args;
    private OutcomeRuleConfig config;

    @Setup
    public void issueAndValidators() {
        CxIssue issue = new CxIssue(10500, "CX-1", SUMMARY, 10000, Instant.parse("2026-02-02T10:00:00Z"),
                CxIssueType.INITIATIVE, Map.of(CxField.OUTCOME, OUTCOME, CxField.BASELINE, 20.0,
                        CxField.TARGET, 35.0, CxField.EXPECTED_IMPACT, 180000.0));
        // The passing transition needs no stored ids or options: they are used only to word a refusal.
        WorkflowSupport support = new WorkflowSupport(jiraIssue -> issue, null, null, StrictMessages.forPlugin(),
                ZoneId.of("Europe/Berlin"));
        outcomeStated = new OutcomeStatedValidator(support);
        noOp = (vars, arguments, ps) -> { };
        Issue jiraIssue = (Issue) Proxy.newProxyInstance(Issue.class.getClassLoader(), new Class<?>[] {Issue.class},
                (proxy, method, methodArgs) -> method.getName().equals("getId") ? 10500L : null);
        transientVars = Map.of(WorkflowSupport.ISSUE, jiraIssue);
        args = Map.of("minWords", "8", "refusedPhrases", "tbd, n/a, todo, improve cx, better experience, same as summary",
                "requireCustomer", "true", "customerWords",
                "customer, user, client, buyer, shopper, member, subscriber, guest, patient, account");
        config = new OutcomeRuleConfig(8, List.of("tbd", "n/a", "todo", "improve cx", "better experience",
                "same as summary"), true, OutcomeRuleConfig.DEFAULT_CUSTOMER_WORDS);
    }

    @Benchmark
    public Map<String, Object> noOpValidator() throws Exception {
        noOp.validate(transientVars, args, null);
        return transientVars;
    }

    @Benchmark
    public Map<String, Object> outcomeStatedValidator() throws Exception {
        outcomeStated.validate(transientVars, args, null);
        return transientVars;
    }

    @Benchmark
    public Object outcomeRuleAlone() {
        return OutcomeRule.check(OUTCOME, SUMMARY, config);
    }
}
