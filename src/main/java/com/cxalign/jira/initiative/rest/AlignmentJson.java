package com.cxalign.jira.initiative.rest;

import com.cxalign.jira.initiative.alignment.AlignmentView;
import com.cxalign.jira.initiative.alignment.AlignmentView.GoalView;
import com.cxalign.jira.initiative.alignment.AlignmentView.LinkedIssueView;
import com.cxalign.jira.initiative.alignment.AlignmentView.MissionView;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.i18n.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The alignment of a CX issue as the REST API returns it and the issue panel renders it: the view with its dates as
 * ISO-8601 text and each hint in the user's words next to the field it is about.
 */
public record AlignmentJson(String issueKey, String summary, String type, MissionView mission, GoalView goal,
                            MetricJson metric, BigDecimal baseline, BigDecimal target, BigDecimal actual,
                            BigDecimal expectedImpact, String outcome, String journeyStage, LoopJson loop,
                            List<LinkedIssueView> linkedIssues, boolean moreLinks, List<HintJson> hints) {

    public static AlignmentJson of(AlignmentView view, Messages messages) {
        return new AlignmentJson(view.issueKey(), view.summary(), view.type(), view.mission(), view.goal(),
                MetricJson.of(view.metric()), view.baseline(), view.target(), view.actual(), view.expectedImpact(),
                view.outcome(), view.journeyStage(), LoopJson.of(view.loop()), view.linkedIssues(), view.moreLinks(),
                view.hints().stream().map(hint -> HintJson.of(hint, messages)).toList());
    }

    public record MetricJson(int id, String name, String unit, String direction, boolean archived,
                             boolean servesGoal, BigDecimal baseline, BigDecimal latest, String latestOn,
                             BigDecimal target, Integer progressPercent) {

        static MetricJson of(AlignmentView.MetricView metric) {
            return metric == null ? null : new MetricJson(metric.id(), metric.name(), metric.unit(),
                    metric.direction(), metric.archived(), metric.servesGoal(), metric.baseline(), metric.latest(),
                    day(metric.latestOn()), metric.target(), metric.progressPercent());
        }
    }

    public record LoopJson(String state, String channel, String customer, String sentiment, String closedOn,
                           String howWeTold) {

        static LoopJson of(AlignmentView.LoopView loop) {
            return loop == null ? null : new LoopJson(loop.state(), loop.channel(), loop.customer(),
                    loop.sentiment(), day(loop.closedOn()), loop.howWeTold());
        }
    }

    /** What is missing or does not fit, in the user's words, and the field it is about. */
    public record HintJson(String field, String message) {

        static HintJson of(FieldError hint, Messages messages) {
            return new HintJson(hint.field(), messages.text(hint.messageKey(), hint.arguments()));
        }
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
