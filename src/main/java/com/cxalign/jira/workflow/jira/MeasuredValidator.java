package com.cxalign.jira.workflow.jira;

import com.cxalign.jira.catalog.ReadingService;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.Reading;
import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.alignment.AlignmentCatalog;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.model.InitiativeValues;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.security.Actor;
import com.cxalign.jira.workflow.ArgSpec;
import com.cxalign.jira.workflow.ModuleArgs;
import com.cxalign.jira.workflow.rules.MeasuredRule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Workflow validator "Outcome measured" ({@link MeasuredRule}), on CX Initiatives. */
public class MeasuredValidator extends CxValidator {

    public static final List<ArgSpec> SETTINGS = List.of(ArgSpec.flag("requireReading",
            "cx-align.workflow.arg.require-reading", false));

    private final AlignmentCatalog catalog;
    private final ReadingService readings;

    public MeasuredValidator(WorkflowSupport support, AlignmentCatalog catalog, ReadingService readings) {
        super(support, Set.of(CxIssueType.INITIATIVE), SETTINGS);
        this.catalog = catalog;
        this.readings = readings;
    }

    @Override
    protected List<FieldError> check(CxIssue issue, ModuleArgs args) {
        InitiativeValues values = support().values().initiative(issue.rawValues());
        boolean requireReading = args.flag("requireReading");
        Metric metric = !requireReading || values.metricId() == null ? null
                : catalog.metric(values.metricId()).orElse(null);
        LocalDate latest = metric == null ? null : readings.list(Actor.plugin(), metric.id(), 1).stream()
                .findFirst().map(Reading::measuredAt).orElse(null);
        LocalDate started = issue.created() == null ? null : issue.created().atZone(support().zone()).toLocalDate();
        return MeasuredRule.check(values, metric, started, latest, requireReading);
    }
}
