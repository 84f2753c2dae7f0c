/*
 * The "CX mission alignment" dashboard item (AMD module 'cx-align/dashboard-alignment', see <dashboard-item
 * key="cx-mission-alignment"> in atlassian-plugin.xml). Jira builds it with new Module(API) and calls render(context,
 * preferences) or renderEdit(context, preferences). Shows, for the chosen projects, goal and period, from
 * GET /rest/cx-align/1.0/dashboard/alignment: the mission, per goal a stacked bar of its initiatives (open, in
 * progress, done) with the share fully aligned, the initiatives that are not, and per metric a progress bar with the
 * pace expected by now. Every chart has a visually hidden table with the same numbers for screen readers.
 */
define('cx-align/dashboard-alignment', ['cx-align/dashboard/common'], function (common) {
    'use strict';

    var el = common.el;
    var svg = common.svg;
    var PAGE = 10;

    var STATES = [
        {field: 'open', className: 'cx-seg-open', label: AJS.I18n.getText('cx-align.dashboard-item.alignment.open')},
        {field: 'inProgress', className: 'cx-seg-progress',
            label: AJS.I18n.getText('cx-align.dashboard-item.alignment.in-progress')},
        {field: 'done', className: 'cx-seg-done', label: AJS.I18n.getText('cx-align.dashboard-item.alignment.done')}
    ];

    var PACES = {
        'ahead': {lozenge: 'aui-lozenge-success', label: AJS.I18n.getText('cx-align.dashboard-item.pace.ahead')},
        'on-track': {lozenge: 'aui-lozenge-success',
            label: AJS.I18n.getText('cx-align.dashboard-item.pace.on-track')},
        'behind': {lozenge: 'aui-lozenge-error', label: AJS.I18n.getText('cx-align.dashboard-item.pace.behind')}
    };

    /** What an unaligned initiative lacks, as the server names it in an issue's detail ("goal,metric,outcome"). */
    var MISSING = {
        goal: AJS.I18n.getText('cx-align.dashboard-item.alignment.missing.goal'),
        metric: AJS.I18n.getText('cx-align.dashboard-item.alignment.missing.metric'),
        outcome: AJS.I18n.getText('cx-align.dashboard-item.alignment.missing.outcome')
    };

    var AlignmentItem = function (API) {
        this.API = API;
    };

    AlignmentItem.prototype.render = function (context, preferences) {
        var self = this;
        common.show(this, context, preferences, 'cx-dash-alignment', null, function () {
            self.load(0);
        });
        this.load(0);
    };

    AlignmentItem.prototype.load = function (start) {
        var self = this;
        var API = this.API;
        var body = this.parts.body;
        var prefs = this.prefs;
        if (start === 0) {
            common.loading(body);
        }
        if (API.showLoadingBar) {
            API.showLoadingBar();
        }
        this.parts.status.textContent = AJS.I18n.getText('cx-align.dashboard-item.loading');
        return common.rest('/dashboard/alignment', {
            projects: prefs.projects, goal: prefs.goal, since: common.sinceDay(prefs.since), start: start, limit: PAGE
        }).then(function (data) {
            self.draw(data, start);
            self.parts.status.textContent = AJS.I18n.getText('cx-align.dashboard-item.loaded');
        }, function (problem) {
            common.error(body, problem, function () {
                self.load(0);
            });
            self.parts.status.textContent = problem.message;
        }).then(function () {
            if (API.hideLoadingBar) {
                API.hideLoadingBar();
            }
            if (API.resize) {
                API.resize();
            }
        });
    };

    AlignmentItem.prototype.draw = function (data, start) {
        var self = this;
        var body = this.parts.body;
        var goals = data.goals || [];
        var total = goals.reduce(function (sum, goal) {
            return sum + goal.total;
        }, 0);
        common.clear(body);
        var mission = data.mission;
        var statement = mission && mission.statement
            ? el('p', {className: 'cx-dash-mission-statement'}, mission.statement) : null;
        if (total === 0) {
            // The empty state clears the body, so the mission (its statement alone) goes in after it, on top.
            common.empty(body, AJS.I18n.getText('cx-align.dashboard-item.alignment.empty.title'), [
                AJS.I18n.getText('cx-align.dashboard-item.alignment.empty.setup'),
                AJS.I18n.getText('cx-align.dashboard-item.alignment.empty.file'),
                AJS.I18n.getText('cx-align.dashboard-item.alignment.empty.scope')
            ]);
            if (statement) {
                body.insertBefore(el('blockquote', {className: 'cx-dash-mission'}, statement), body.firstChild);
            }
            return;
        }
        if (statement) {
            body.appendChild(el('blockquote', {className: 'cx-dash-mission'}, [statement,
                mission.successStatement
                    ? el('p', {className: 'cx-dash-mission-success'}, mission.successStatement) : null]));
        }
        body.appendChild(common.heading(AJS.I18n.getText('cx-align.dashboard-item.alignment.goals'),
            'cx-dash-goals-heading-' + uid()));
        body.appendChild(this.goalChart(goals));
        body.appendChild(legend());

        var unaligned = data.unaligned || {total: 0, start: 0, limit: PAGE, issues: []};
        body.appendChild(common.heading(AJS.I18n.getText('cx-align.dashboard-item.alignment.unaligned', unaligned.total)));
        unaligned = {total: unaligned.total, start: unaligned.start, limit: unaligned.limit,
            issues: (unaligned.issues || []).map(function (issue) {
                return {key: issue.key, summary: issue.summary, detail: missingText(issue.detail)};
            })};
        body.appendChild(common.issueList('cx-dash-unaligned', unaligned,
            AJS.I18n.getText('cx-align.dashboard-item.alignment.unaligned.none'), function (next) {
                self.load(next);
            }));

        var metrics = data.metrics || [];
        body.appendChild(common.heading(AJS.I18n.getText('cx-align.dashboard-item.alignment.metrics')));
        if (metrics.length === 0) {
            body.appendChild(el('p', {className: 'cx-dash-quiet cx-dash-metrics-none'},
                AJS.I18n.getText('cx-align.dashboard-item.alignment.metrics.none')));
        } else {
            body.appendChild(this.metricChart(metrics));
        }
        if (start > 0) {
            var list = body.querySelector('.cx-dash-unaligned');
            if (list) {
                list.scrollIntoView({block: 'nearest'});
            }
        }
    };

    /** Stacked bars: one row per goal, open / in progress / done, scaled to the largest goal; aligned share right. */
    AlignmentItem.prototype.goalChart = function (goals) {
        var width = chartWidth(this.context);
        var labelRight = 120;
        var barWidth = width - labelRight;
        var rowHeight = 42;
        var max = goals.reduce(function (most, goal) {
            return Math.max(most, goal.total);
        }, 1);
        var chart = svg('svg', {className: 'cx-dash-chart cx-dash-goal-chart', width: '100%',
            viewBox: '0 0 ' + width + ' ' + (goals.length * rowHeight), 'aria-hidden': 'true', focusable: 'false'});
        goals.forEach(function (goal, index) {
            var y = index * rowHeight;
            var row = svg('g', {className: 'cx-dash-goal', 'data-goal': goal.goalId, 'data-total': goal.total,
                'data-aligned': goal.aligned});
            row.appendChild(svg('text', {className: 'cx-dash-label', x: 0, y: y + 13}, goalName(goal)));
            var x = 0;
            STATES.forEach(function (state) {
                var value = goal[state.field];
                var w = barWidth * value / max;
                var rect = svg('rect', {className: 'cx-seg ' + state.className, x: round(x), y: y + 18,
                    width: round(w), height: 16, 'data-state': state.field, 'data-value': value});
                rect.appendChild(svg('title', null, state.label + ': ' + value));
                row.appendChild(rect);
                if (w >= 18) {
                    row.appendChild(svg('text', {className: 'cx-dash-seg-value', x: round(x + w / 2), y: y + 30,
                        'text-anchor': 'middle'}, String(value)));
                }
                x += w;
            });
            // The aligned share: a thin bar under the stack and the percentage right of it.
            row.appendChild(svg('rect', {className: 'cx-seg-aligned', x: 0, y: y + 36,
                width: round(barWidth * goal.aligned / max), height: 3, 'data-value': goal.aligned}));
            row.appendChild(svg('text', {className: 'cx-dash-aligned', x: width, y: y + 31, 'text-anchor': 'end',
                'data-percent': goal.alignedPercent === null ? '' : goal.alignedPercent}, alignedText(goal)));
            chart.appendChild(row);
        });
        var table = common.assistiveTable('cx-dash-goals-table',
            AJS.I18n.getText('cx-align.dashboard-item.alignment.goals.caption'),
            [AJS.I18n.getText('cx-align.dashboard-item.alignment.goal'), STATES[0].label, STATES[1].label,
                STATES[2].label, AJS.I18n.getText('cx-align.dashboard-item.alignment.total'),
                AJS.I18n.getText('cx-align.dashboard-item.alignment.aligned')],
            goals.map(function (goal) {
                return [goalName(goal), String(goal.open), String(goal.inProgress), String(goal.done),
                    String(goal.total), alignedText(goal)];
            }));
        return el('div', {className: 'cx-dash-figure'}, [chart, table]);
    };

    /** A progress bar per metric: how far from baseline to target the latest reading is, and where pace says. */
    AlignmentItem.prototype.metricChart = function (metrics) {
        var width = chartWidth(this.context);
        var list = el('ul', {className: 'cx-dash-metrics'});
        metrics.forEach(function (metric) {
            var progress = metric.progressPercent;
            var expected = metric.expectedPercentByNow;
            var bar = svg('svg', {className: 'cx-dash-chart cx-dash-progress', width: '100%',
                viewBox: '0 0 ' + width + ' 22', 'aria-hidden': 'true', focusable: 'false',
                'data-metric': metric.metricId});
            var track = width - 48;
            bar.appendChild(svg('rect', {className: 'cx-dash-track', x: 0, y: 6, width: track, height: 10, rx: 5}));
            if (progress !== null && progress !== undefined) {
                bar.appendChild(svg('rect', {className: 'cx-dash-done ' + paceClass(metric.pace), x: 0, y: 6,
                    width: round(track * clamp(progress) / 100), height: 10, rx: 5, 'data-value': progress}));
            }
            if (expected !== null && expected !== undefined) {
                var px = round(track * clamp(expected) / 100);
                bar.appendChild(svg('line', {className: 'cx-dash-pace-mark', x1: px, x2: px, y1: 1, y2: 21,
                    'data-value': expected}, svg('title', null,
                    AJS.I18n.getText('cx-align.dashboard-item.alignment.expected', expected))));
            }
            bar.appendChild(svg('text', {className: 'cx-dash-percent', x: width, y: 15, 'text-anchor': 'end'},
                progress === null || progress === undefined ? '\u2013' : progress + '%'));
            var pace = PACES[metric.pace];
            list.appendChild(el('li', {className: 'cx-dash-metric', 'data-metric': metric.metricId}, [
                el('div', {className: 'cx-dash-metric-head'}, [
                    el('span', {className: 'cx-dash-metric-name'}, metric.name),
                    el('span', {className: 'aui-lozenge aui-lozenge-subtle cx-dash-pace '
                        + (pace ? pace.lozenge : ''), 'data-pace': metric.pace || ''},
                    pace ? pace.label : AJS.I18n.getText('cx-align.dashboard-item.pace.unknown'))
                ]),
                bar,
                el('div', {className: 'cx-dash-metric-facts'}, metricFacts(metric))
            ]));
        });
        var table = common.assistiveTable('cx-dash-metrics-table',
            AJS.I18n.getText('cx-align.dashboard-item.alignment.metrics.caption'),
            [AJS.I18n.getText('cx-align.dashboard-item.alignment.metric'),
                AJS.I18n.getText('cx-align.dashboard-item.alignment.baseline'),
                AJS.I18n.getText('cx-align.dashboard-item.alignment.latest'),
                AJS.I18n.getText('cx-align.dashboard-item.alignment.target'),
                AJS.I18n.getText('cx-align.dashboard-item.alignment.progress'),
                AJS.I18n.getText('cx-align.dashboard-item.alignment.pace-expected'),
                AJS.I18n.getText('cx-align.dashboard-item.alignment.pace')],
            metrics.map(function (metric) {
                var pace = PACES[metric.pace];
                return [metric.name, withUnit(metric.baseline, metric), withUnit(metric.latest, metric),
                    withUnit(metric.target, metric), percent(metric.progressPercent),
                    percent(metric.expectedPercentByNow),
                    pace ? pace.label : AJS.I18n.getText('cx-align.dashboard-item.pace.unknown')];
            }));
        return el('div', {className: 'cx-dash-figure'}, [list, table]);
    };

    AlignmentItem.prototype.renderEdit = function (context, preferences) {
        var API = this.API;
        var prefs = common.preferences(preferences);
        common.editForm(API, context, 'cx-dash-alignment-edit', function (form) {
            var projects = common.projectsField(form, prefs.projects);
            var goal = common.selectField(form, 'goal', AJS.I18n.getText('cx-align.dashboard-item.edit.goal'),
                [{id: '', label: AJS.I18n.getText('cx-align.dashboard-item.edit.goal.all')}], prefs.goal);
            common.rest('/goals', null).then(function (goals) {
                (goals || []).forEach(function (g) {
                    goal.appendChild(el('option', {value: String(g.id), selected: String(g.id) === prefs.goal},
                        g.name));
                });
            }, function () {
                // Without the catalogue the item still works for all goals.
            });
            var since = common.selectField(form, 'since', AJS.I18n.getText('cx-align.dashboard-item.edit.period'),
                common.PERIODS, prefs.since);
            return function () {
                return {projects: projects.value(), goal: goal.value, since: since.value};
            };
        });
    };

    function legend() {
        return el('ul', {className: 'cx-dash-legend', 'aria-hidden': 'true'}, STATES.map(function (state) {
            return el('li', null, [el('span', {className: 'cx-dash-swatch ' + state.className}), state.label]);
        }).concat([el('li', null, [el('span', {className: 'cx-dash-swatch cx-seg-aligned'}),
            AJS.I18n.getText('cx-align.dashboard-item.alignment.aligned')])]));
    }

    function missingText(detail) {
        var parts = (detail || '').split(',').filter(Boolean).map(function (code) {
            return MISSING[code] || code;
        });
        return parts.length ? AJS.I18n.getText('cx-align.dashboard-item.alignment.missing', parts.join(', ')) : '';
    }

    function goalName(goal) {
        if (!goal.goalId || goal.name === null || goal.name === undefined) {
            return AJS.I18n.getText('cx-align.dashboard-item.alignment.no-goal');
        }
        return goal.archived ? AJS.I18n.getText('cx-align.dashboard-item.alignment.archived', goal.name) : goal.name;
    }

    function alignedText(goal) {
        return goal.alignedPercent === null || goal.alignedPercent === undefined
            ? AJS.I18n.getText('cx-align.dashboard-item.alignment.aligned.none')
            : AJS.I18n.getText('cx-align.dashboard-item.alignment.aligned.share', goal.alignedPercent);
    }

    function metricFacts(metric) {
        var parts = [];
        parts.push(AJS.I18n.getText('cx-align.dashboard-item.alignment.fact.baseline', withUnit(metric.baseline, metric)));
        parts.push(metric.latest === null || metric.latest === undefined
            ? AJS.I18n.getText('cx-align.dashboard-item.alignment.fact.no-reading')
            : AJS.I18n.getText('cx-align.dashboard-item.alignment.fact.latest', withUnit(metric.latest, metric),
                common.day(metric.latestOn)));
        parts.push(metric.targetDate
            ? AJS.I18n.getText('cx-align.dashboard-item.alignment.fact.target-by', withUnit(metric.target, metric),
                common.day(metric.targetDate))
            : AJS.I18n.getText('cx-align.dashboard-item.alignment.fact.target', withUnit(metric.target, metric)));
        return parts.join(' \u00b7 ');
    }

    function withUnit(value, metric) {
        if (value === null || value === undefined) {
            return '\u2013';
        }
        var text = common.number(value);
        if (!metric.unit) {
            return text;
        }
        return metric.unit === '%' ? text + '%' : text + ' ' + metric.unit;
    }

    function percent(value) {
        return value === null || value === undefined ? '\u2013' : value + '%';
    }

    function paceClass(pace) {
        return pace === 'behind' ? 'cx-dash-behind' : 'cx-dash-on-pace';
    }

    function clamp(value) {
        return Math.max(0, Math.min(100, Number(value)));
    }

    function round(value) {
        return Math.round(value * 10) / 10;
    }

    function chartWidth(context) {
        var width = context && context.clientWidth ? context.clientWidth - 2 : 400;
        return Math.max(260, Math.min(width, 1200));
    }

    function uid() {
        return Math.random().toString(36).slice(2);
    }

    return AlignmentItem;
});
