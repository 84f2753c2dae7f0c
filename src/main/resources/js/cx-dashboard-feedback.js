/*
 * The "Feedback loop closure" dashboard item (AMD module 'cx-align/dashboard-feedback', see <dashboard-item
 * key="cx-feedback-loop"> in atlassian-plugin.xml). Shows, for the chosen projects, channel and period, from
 * GET /rest/cx-align/1.0/dashboard/feedback-loop: the loop funnel (received, acted on, resolved, customer told) with
 * its rates, the days it takes to tell the customer, the open loops by age (a histogram) and by channel, and the
 * oldest open loops. Every chart has a visually hidden table with the same numbers for screen readers.
 */
define('cx-align/dashboard-feedback', ['cx-align/dashboard/common'], function (common) {
    'use strict';

    var el = common.el;
    var svg = common.svg;
    var PAGE = 5;

    var CHANNELS = [
        {id: 'SURVEY', label: AJS.I18n.getText('cx-align.dashboard-item.channel.survey')},
        {id: 'SUPPORT', label: AJS.I18n.getText('cx-align.dashboard-item.channel.support')},
        {id: 'INTERVIEW', label: AJS.I18n.getText('cx-align.dashboard-item.channel.interview')},
        {id: 'REVIEW', label: AJS.I18n.getText('cx-align.dashboard-item.channel.review')},
        {id: 'SOCIAL', label: AJS.I18n.getText('cx-align.dashboard-item.channel.social')},
        {id: 'SALES', label: AJS.I18n.getText('cx-align.dashboard-item.channel.sales')},
        {id: 'EMPLOYEE', label: AJS.I18n.getText('cx-align.dashboard-item.channel.employee')}
    ];

    var STAGES = [
        {field: 'received', rate: null, label: AJS.I18n.getText('cx-align.dashboard-item.loop.received')},
        {field: 'actedOn', rate: 'actedOnPercent', label: AJS.I18n.getText('cx-align.dashboard-item.loop.acted-on')},
        {field: 'resolved', rate: 'resolvedPercent', label: AJS.I18n.getText('cx-align.dashboard-item.loop.resolved')},
        {field: 'customerTold', rate: 'customerToldPercent',
            label: AJS.I18n.getText('cx-align.dashboard-item.loop.told')}
    ];

    var FeedbackItem = function (API) {
        this.API = API;
    };

    FeedbackItem.prototype.render = function (context, preferences) {
        var self = this;
        common.show(this, context, preferences, 'cx-dash-feedback', function (prefs) {
            return prefs.channel ? channelName(prefs.channel) : null;
        }, function () {
            self.load();
        });
        this.load();
    };

    FeedbackItem.prototype.load = function () {
        var self = this;
        var API = this.API;
        var body = this.parts.body;
        var prefs = this.prefs;
        common.loading(body);
        if (API.showLoadingBar) {
            API.showLoadingBar();
        }
        this.parts.status.textContent = AJS.I18n.getText('cx-align.dashboard-item.loading');
        return common.rest('/dashboard/feedback-loop', {
            projects: prefs.projects, channel: prefs.channel, since: common.sinceDay(prefs.since), limit: PAGE
        }).then(function (data) {
            self.draw(data);
            self.parts.status.textContent = AJS.I18n.getText('cx-align.dashboard-item.loaded');
        }, function (problem) {
            common.error(body, problem, function () {
                self.load();
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

    FeedbackItem.prototype.draw = function (data) {
        var body = this.parts.body;
        common.clear(body);
        if (!data.received) {
            common.empty(body, AJS.I18n.getText('cx-align.dashboard-item.feedback.empty.title'), [
                AJS.I18n.getText('cx-align.dashboard-item.feedback.empty.setup'),
                AJS.I18n.getText('cx-align.dashboard-item.feedback.empty.file'),
                AJS.I18n.getText('cx-align.dashboard-item.feedback.empty.scope')
            ]);
            return;
        }
        body.appendChild(common.heading(AJS.I18n.getText('cx-align.dashboard-item.feedback.funnel')));
        body.appendChild(this.funnel(data));
        body.appendChild(el('p', {className: 'cx-dash-time-to-tell'}, data.medianDaysToTell === null
            || data.medianDaysToTell === undefined
            ? AJS.I18n.getText('cx-align.dashboard-item.feedback.days.none')
            : AJS.I18n.getText('cx-align.dashboard-item.feedback.days', data.medianDaysToTell, data.p90DaysToTell)));

        var open = (data.openByAge || []).reduce(function (sum, bucket) {
            return sum + bucket.count;
        }, 0);
        body.appendChild(common.heading(AJS.I18n.getText('cx-align.dashboard-item.feedback.age', open)));
        body.appendChild(this.histogram(data.openByAge || []));
        if ((data.openByChannel || []).length > 0) {
            body.appendChild(el('ul', {className: 'cx-dash-channels'}, data.openByChannel.map(function (entry) {
                return el('li', {'data-channel': entry.channel || ''}, [
                    el('span', {className: 'cx-dash-channel-name'}, channelName(entry.channel)), ' ',
                    el('span', {className: 'aui-badge'}, String(entry.count))
                ]);
            })));
        }
        body.appendChild(common.heading(AJS.I18n.getText('cx-align.dashboard-item.feedback.oldest')));
        var oldest = data.oldestOpen || {total: 0, start: 0, limit: PAGE, issues: []};
        oldest = {total: oldest.total, start: oldest.start, limit: oldest.limit,
            issues: (oldest.issues || []).map(function (issue) {
                // The server's detail is the loop's age in whole days.
                return {key: issue.key, summary: issue.summary, detail: /^\d+$/.test(issue.detail || '')
                    ? AJS.I18n.getText('cx-align.dashboard-item.feedback.days-old', Number(issue.detail))
                    : issue.detail};
            })};
        body.appendChild(common.issueList('cx-dash-oldest', oldest,
            AJS.I18n.getText('cx-align.dashboard-item.feedback.oldest.none'), null));
    };

    /** The loop funnel: one bar per stage, as long as its share of what was received. */
    FeedbackItem.prototype.funnel = function (data) {
        var width = chartWidth(this.context);
        var labelWidth = 118;
        var valueWidth = 92;
        var barWidth = width - labelWidth - valueWidth;
        var rowHeight = 30;
        var chart = svg('svg', {className: 'cx-dash-chart cx-dash-funnel', width: '100%',
            viewBox: '0 0 ' + width + ' ' + (STAGES.length * rowHeight), 'aria-hidden': 'true', focusable: 'false'});
        STAGES.forEach(function (stage, index) {
            var value = data[stage.field];
            var y = index * rowHeight;
            var w = data.received ? barWidth * value / data.received : 0;
            var row = svg('g', {className: 'cx-dash-stage', 'data-stage': stage.field});
            row.appendChild(svg('text', {className: 'cx-dash-label', x: 0, y: y + 19}, stage.label));
            // Centred, so that the bars narrow like a funnel.
            row.appendChild(svg('rect', {className: 'cx-dash-funnel-bar cx-stage-' + index,
                x: round(labelWidth + (barWidth - w) / 2), y: y + 4, width: round(Math.max(w, value ? 2 : 0)),
                height: 22, rx: 2, 'data-value': value}, svg('title', null, stage.label + ': ' + value)));
            row.appendChild(svg('text', {className: 'cx-dash-stage-value', x: width, y: y + 19,
                'text-anchor': 'end'}, stageText(stage, data)));
            chart.appendChild(row);
        });
        var table = common.assistiveTable('cx-dash-funnel-table',
            AJS.I18n.getText('cx-align.dashboard-item.feedback.funnel.caption'),
            [AJS.I18n.getText('cx-align.dashboard-item.feedback.stage'),
                AJS.I18n.getText('cx-align.dashboard-item.feedback.count'),
                AJS.I18n.getText('cx-align.dashboard-item.feedback.rate')],
            STAGES.map(function (stage) {
                return [stage.label, String(data[stage.field]), stage.rate === null ? '100%'
                    : rate(data[stage.rate])];
            }));
        return el('div', {className: 'cx-dash-figure'}, [chart, table]);
    };

    /** Open loops by age: a column per age bucket. */
    FeedbackItem.prototype.histogram = function (buckets) {
        var width = chartWidth(this.context);
        var height = 120;
        var top = 16;
        var bottom = 22;
        var max = buckets.reduce(function (most, bucket) {
            return Math.max(most, bucket.count);
        }, 1);
        var slot = buckets.length ? width / buckets.length : width;
        var column = Math.min(64, slot * 0.6);
        var chart = svg('svg', {className: 'cx-dash-chart cx-dash-histogram', width: '100%',
            viewBox: '0 0 ' + width + ' ' + height, 'aria-hidden': 'true', focusable: 'false'});
        chart.appendChild(svg('line', {className: 'cx-dash-axis', x1: 0, x2: width, y1: height - bottom,
            y2: height - bottom}));
        buckets.forEach(function (bucket, index) {
            var h = (height - top - bottom) * bucket.count / max;
            var cx = slot * index + slot / 2;
            var g = svg('g', {className: 'cx-dash-bucket', 'data-from': bucket.fromDays,
                'data-to': bucket.toDays === null || bucket.toDays === undefined ? '' : bucket.toDays});
            g.appendChild(svg('rect', {className: 'cx-dash-bucket-bar' + (bucket.toDays === null
                || bucket.toDays === undefined || bucket.fromDays > 30 ? ' cx-dash-old' : ''),
                x: round(cx - column / 2), y: round(height - bottom - h), width: round(column), height: round(h),
                'data-value': bucket.count}, svg('title', null, ageLabel(bucket) + ': ' + bucket.count)));
            g.appendChild(svg('text', {className: 'cx-dash-bucket-value', x: round(cx),
                y: round(height - bottom - h - 4), 'text-anchor': 'middle'}, String(bucket.count)));
            g.appendChild(svg('text', {className: 'cx-dash-label', x: round(cx), y: height - 6,
                'text-anchor': 'middle'}, ageLabel(bucket)));
            chart.appendChild(g);
        });
        var table = common.assistiveTable('cx-dash-age-table',
            AJS.I18n.getText('cx-align.dashboard-item.feedback.age.caption'),
            [AJS.I18n.getText('cx-align.dashboard-item.feedback.age.bucket'),
                AJS.I18n.getText('cx-align.dashboard-item.feedback.open')],
            buckets.map(function (bucket) {
                return [ageLabel(bucket), String(bucket.count)];
            }));
        return el('div', {className: 'cx-dash-figure'}, [chart, table]);
    };

    FeedbackItem.prototype.renderEdit = function (context, preferences) {
        var prefs = common.preferences(preferences);
        common.editForm(this.API, context, 'cx-dash-feedback-edit', function (form) {
            var projects = common.projectsField(form, prefs.projects);
            var channel = common.selectField(form, 'channel', AJS.I18n.getText('cx-align.dashboard-item.edit.channel'),
                [{id: '', label: AJS.I18n.getText('cx-align.dashboard-item.edit.channel.all')}].concat(CHANNELS),
                prefs.channel);
            var since = common.selectField(form, 'since', AJS.I18n.getText('cx-align.dashboard-item.edit.period'),
                common.PERIODS, prefs.since);
            return function () {
                return {projects: projects.value(), channel: channel.value, since: since.value};
            };
        });
    };

    function stageText(stage, data) {
        var value = common.number(data[stage.field]);
        return stage.rate === null ? value : AJS.I18n.getText('cx-align.dashboard-item.feedback.stage.value', value,
            rate(data[stage.rate]));
    }

    function rate(value) {
        return value === null || value === undefined ? '\u2013' : value + '%';
    }

    function ageLabel(bucket) {
        if (bucket.toDays === null || bucket.toDays === undefined) {
            return AJS.I18n.getText('cx-align.dashboard-item.feedback.age.older', bucket.fromDays - 1);
        }
        return AJS.I18n.getText('cx-align.dashboard-item.feedback.age.range', bucket.fromDays, bucket.toDays);
    }

    function channelName(id) {
        if (!id) {
            return AJS.I18n.getText('cx-align.dashboard-item.channel.none');
        }
        for (var i = 0; i < CHANNELS.length; i++) {
            if (CHANNELS[i].id === id) {
                return CHANNELS[i].label;
            }
        }
        return id;
    }

    function round(value) {
        return Math.round(value * 10) / 10;
    }

    function chartWidth(context) {
        var width = context && context.clientWidth ? context.clientWidth - 2 : 400;
        return Math.max(260, Math.min(width, 1200));
    }

    return FeedbackItem;
});
