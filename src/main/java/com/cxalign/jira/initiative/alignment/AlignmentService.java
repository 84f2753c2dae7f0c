package com.cxalign.jira.initiative.alignment;

import com.cxalign.jira.catalog.MissionService;
import com.cxalign.jira.catalog.ReadingService;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.Mission;
import com.cxalign.jira.catalog.model.Reading;
import com.cxalign.jira.feedback.FeedbackValues;
import com.cxalign.jira.feedback.LoopState;
import com.cxalign.jira.initiative.CatalogOptions;
import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.CxIssues;
import com.cxalign.jira.initiative.alignment.AlignmentView.GoalView;
import com.cxalign.jira.initiative.alignment.AlignmentView.LinkedIssueView;
import com.cxalign.jira.initiative.alignment.AlignmentView.LoopView;
import com.cxalign.jira.initiative.alignment.AlignmentView.MetricView;
import com.cxalign.jira.initiative.alignment.AlignmentView.MissionView;
import com.cxalign.jira.initiative.model.Choice;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.model.InitiativeValues;
import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.initiative.values.CxFieldValues;
import com.cxalign.jira.initiative.values.Jql;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The alignment of one CX issue, for a user who may browse it: what the issue panel shows and the REST API returns.
 * Reads the issue through the {@link CxIssues} port and the catalogue through its services, so it runs the same in
 * Jira and in tests.
 */
public class AlignmentService {

    private final CxIssues issues;
    private final JiraIds ids;
    private final CatalogOptions options;
    private final MissionService missions;
    private final AlignmentCatalog catalog;
    private final ReadingService readings;
    private final ZoneId zone;

    public AlignmentService(CxIssues issues, JiraIds ids, CatalogOptions options, MissionService missions,
                            AlignmentCatalog catalog, ReadingService readings, ZoneId zone) {
        this.issues = issues;
        this.ids = ids;
        this.options = options;
        this.missions = missions;
        this.catalog = catalog;
        this.readings = readings;
        this.zone = zone;
    }

    /**
     * @throws com.cxalign.jira.platform.errors.NotLoggedInException for anonymous visitors
     * @throws NotFoundException  for an unknown key, or an issue that is neither a CX Initiative nor Customer Feedback
     * @throws ForbiddenException when the user may not browse the issue
     */
    public AlignmentView alignmentOf(Actor actor, String issueKey) {
        Access.requireLoggedIn(actor);
        CxIssue issue = issues.find(issueKey)
                .orElseThrow(() -> new NotFoundException("cx-align.alignment.issue.not-found", issueKey));
        if (!issues.canBrowse(actor, issue.id())) {
            throw new ForbiddenException("cx-align.alignment.issue.forbidden", issueKey);
        }
        if (!issue.isCx()) {
            throw new NotFoundException("cx-align.alignment.issue.not-cx", issueKey);
        }
        CxFieldValues reader = new CxFieldValues(options.lookup(), zone);
        return issue.type() == CxIssueType.INITIATIVE
                ? initiative(actor, issue, reader)
                : feedback(actor, issue, reader);
    }

    private AlignmentView initiative(Actor actor, CxIssue issue, CxFieldValues reader) {
        InitiativeValues values = reader.initiative(issue.rawValues());
        AlignmentFacts facts = catalog.factsOf(values);
        Goal goal = facts.goal();
        Metric metric = facts.metric();
        boolean serves = facts.metricServesGoal();
        List<FieldError> hints = AlignmentRules.check(values, facts);
        List<Long> linked = issues.addressedFeedback(issue.id());
        return new AlignmentView(issue.key(), issue.summary(), typeName(issue.type()), mission(actor),
                goal == null ? null : goalView(goal),
                metric == null ? null : metricView(actor, metric, serves, values),
                values.baseline(), values.target(), values.actual(), values.expectedImpact(), values.outcome(),
                label(values.journeyStage()), null, linkedIssues(actor, linked, reader),
                linked.size() > CxIssues.MAX_LINKS, hints);
    }

    private AlignmentView feedback(Actor actor, CxIssue issue, CxFieldValues reader) {
        FeedbackValues values = reader.feedback(issue.rawValues());
        List<Long> linked = issues.addressingInitiatives(issue.id());
        LoopState state = LoopState.of(values, !linked.isEmpty());
        LoopView loop = new LoopView(state.name(), label(values.channel()), values.customer(),
                label(values.sentiment()), values.loopClosedOn(), values.howWeTold());
        return new AlignmentView(issue.key(), issue.summary(), typeName(issue.type()), mission(actor), null, null,
                null, null, null, null, null, label(values.journeyStage()), loop,
                linkedIssues(actor, linked, reader), linked.size() > CxIssues.MAX_LINKS, feedbackHints(values, state));
    }

    private static List<FieldError> feedbackHints(FeedbackValues values, LoopState state) {
        List<FieldError> hints = new ArrayList<>();
        if (values.channel() == null) {
            hints.add(FieldError.of(CxField.CHANNEL.jsonName(), "cx-align.alignment.channel.missing"));
        }
        if (state != LoopState.CLOSED) {
            if (values.loopClosedOn() == null) {
                hints.add(FieldError.of(CxField.LOOP_CLOSED_ON.jsonName(), "cx-align.alignment.loop.closed-on.missing"));
            }
            if (values.howWeTold() == null) {
                hints.add(FieldError.of(CxField.HOW_WE_TOLD.jsonName(), "cx-align.alignment.loop.how-told.missing"));
            }
        }
        return hints;
    }

    /** The linked issues the user may browse, at most {@link CxIssues#MAX_LINKS}, in link order. */
    private List<LinkedIssueView> linkedIssues(Actor actor, List<Long> ids, CxFieldValues reader) {
        List<LinkedIssueView> views = new ArrayList<>();
        for (long id : ids.subList(0, Math.min(ids.size(), CxIssues.MAX_LINKS))) {
            Optional<CxIssue> linked = issues.find(id).filter(other -> issues.canBrowse(actor, other.id()));
            linked.ifPresent(other -> views.add(new LinkedIssueView(other.key(), other.summary(),
                    typeName(other.type()), loopState(other, reader))));
        }
        return views;
    }

    private String loopState(CxIssue issue, CxFieldValues reader) {
        if (issue.type() != CxIssueType.FEEDBACK) {
            return null;
        }
        // It is linked to the initiative being shown, so it has been acted on at least.
        return LoopState.of(reader.feedback(issue.rawValues()), true).name();
    }

    private GoalView goalView(Goal goal) {
        boolean archived = goal.status() != CatalogStatus.ACTIVE;
        Optional<Long> field = ids.get(CxField.GOAL.role()).map(Long::valueOf);
        // An archived goal's option is disabled: found by its id, which JQL accepts for disabled options too.
        String jql = field.flatMap(fieldId -> archived
                ? options.optionOf(CxField.GOAL.catalogSubject(), goal.id()).map(id -> Jql.optionWithId(fieldId, id))
                : Optional.of(Jql.optionNamed(fieldId, goal.name()))).orElse(null);
        return new GoalView(goal.id(), goal.name(), archived, jql);
    }

    private MetricView metricView(Actor actor, Metric metric, boolean serves, InitiativeValues values) {
        BigDecimal baseline = values.baseline() != null ? values.baseline() : metric.baseline();
        BigDecimal target = values.target() != null ? values.target() : metric.target();
        Reading latest = readings.list(actor, metric.id(), 1).stream().findFirst().orElse(null);
        BigDecimal current = latest == null ? null : latest.value();
        return new MetricView(metric.id(), metric.name(), metric.unit(), metric.direction().name(),
                metric.status() != CatalogStatus.ACTIVE, serves, baseline, current,
                latest == null ? null : latest.measuredAt(), target,
                MetricProgress.percent(metric.direction(), baseline, current, target, metric.rangeLow(),
                        metric.rangeHigh()));
    }

    private MissionView mission(Actor actor) {
        Mission mission = missions.get(actor);
        return mission.version() == 0 ? null : new MissionView(mission.statement(), mission.successStatement());
    }

    private static String typeName(CxIssueType type) {
        return type == null ? null : type.name().toLowerCase(Locale.ROOT);
    }

    private static String label(Enum<?> value) {
        return value == null ? null : Choice.label(value);
    }
}
