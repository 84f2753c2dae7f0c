/*
 * CX Align → Audit log: who changed what in the catalogue, newest first, a page at a time. The entries come from
 * the REST API; the before/after JSON documents they carry are shown as the fields that changed.
 */
(function (window, document) {
    'use strict';

    var cx = window.CXAlign.catalog;
    var el = cx.el;
    var PAGE = 25;
    var HIDDEN_FIELDS = ['id', 'version', 'updatedAt', 'changedAt', 'changedBy', 'recordedAt', 'recordedBy'];

    var SUBJECTS = {
        'mission': AJS.I18n.getText('cx-align.admin.audit.subject.mission'),
        'goal': AJS.I18n.getText('cx-align.admin.audit.subject.goal'),
        'metric': AJS.I18n.getText('cx-align.admin.audit.subject.metric'),
        'goal-metric': AJS.I18n.getText('cx-align.admin.audit.subject.link'),
        'reading': AJS.I18n.getText('cx-align.admin.audit.subject.reading'),
        'goal-scope': AJS.I18n.getText('cx-align.admin.audit.subject.scope'),
        'champion': AJS.I18n.getText('cx-align.admin.audit.subject.champion'),
        'hygiene-settings': AJS.I18n.getText('cx-align.admin.audit.subject.hygiene')
    };

    var ACTIONS = {
        'create': AJS.I18n.getText('cx-align.admin.audit.action.create'),
        'update': AJS.I18n.getText('cx-align.admin.audit.action.update'),
        'archive': AJS.I18n.getText('cx-align.admin.audit.action.archive'),
        'restore': AJS.I18n.getText('cx-align.admin.audit.action.restore'),
        'delete': AJS.I18n.getText('cx-align.admin.audit.action.delete'),
        'link': AJS.I18n.getText('cx-align.admin.audit.action.link'),
        'unlink': AJS.I18n.getText('cx-align.admin.audit.action.unlink'),
        'replace': AJS.I18n.getText('cx-align.admin.audit.action.update')
    };

    /** Changes an import made are marked as such ("import-update", "import-readings"). */
    function actionLabel(action) {
        if (/^import-/.test(action)) {
            return AJS.I18n.getText('cx-align.admin.audit.action.import');
        }
        return ACTIONS[action] || action;
    }

    var ACTION_LOZENGES = {'create': 'success', 'archive': 'moved', 'delete': 'removed', 'restore': 'new'};

    function parse(json) {
        if (!json) {
            return null;
        }
        try {
            var value = JSON.parse(json);
            return value && typeof value === 'object' ? value : null;
        } catch (notJson) {
            return null;
        }
    }

    function shown(value) {
        if (value === null || value === undefined || value === '') {
            return '\u2014';
        }
        var text = typeof value === 'object' ? JSON.stringify(value) : String(value);
        return text.length > 140 ? text.substring(0, 139) + '\u2026' : text;
    }

    cx.onPage('cx-audit', function (root) {
        var rest = cx.api(root.getAttribute('data-rest-url'));
        var names = {goal: {}, metric: {}};
        var start = 0;

        function subjectName(entry, before, after) {
            var doc = after || before || {};
            if (entry.subjectType === 'mission' || entry.subjectType === 'hygiene-settings') {
                return '';
            }
            if (entry.subjectType === 'goal-scope') {
                return names.goal[entry.subjectId] || '#' + entry.subjectId;
            }
            if (entry.subjectType === 'champion' && doc.userKey) {
                return doc.userKey + ' (' + doc.department + ')';
            }
            if (entry.subjectType === 'goal-metric') {
                var goal = names.goal[doc.goalId] || '#' + doc.goalId;
                var metric = names.metric[doc.metricId] || '#' + doc.metricId;
                return AJS.I18n.getText('cx-align.admin.audit.link', goal, metric);
            }
            if (entry.subjectType === 'reading' && doc.metricId !== undefined) {
                var of = names.metric[doc.metricId] || '#' + doc.metricId;
                return AJS.I18n.getText('cx-align.admin.audit.reading', shown(doc.value), shown(doc.measuredAt), of);
            }
            return doc.name || names[entry.subjectType] && names[entry.subjectType][entry.subjectId]
                || '#' + entry.subjectId;
        }

        /** The fields that differ between before and after (for a creation: what was set besides the name). */
        function changes(entry, before, after) {
            if (entry.subjectType === 'goal-metric') {
                return null;
            }
            var list = [];
            var keys = {};
            Object.keys(before || {}).concat(Object.keys(after || {})).forEach(function (key) {
                keys[key] = true;
            });
            Object.keys(keys).forEach(function (key) {
                if (HIDDEN_FIELDS.indexOf(key) >= 0) {
                    return;
                }
                var old = before ? before[key] : undefined;
                var now = after ? after[key] : undefined;
                if (JSON.stringify(old) === JSON.stringify(now)) {
                    return;
                }
                if (!before) {
                    if (now !== null && now !== undefined && now !== '' && key !== 'name' && key !== 'status') {
                        list.push(el('li', null, [el('span', {className: 'cx-audit-field'}, key), ' ', shown(now)]));
                    }
                    return;
                }
                list.push(el('li', null, [el('span', {className: 'cx-audit-field'}, key), ' ',
                    el('span', {className: 'cx-audit-old'}, shown(old)), ' \u2192 ',
                    el('span', {className: 'cx-audit-new'}, shown(now))]));
            });
            return list.length ? el('ul', {className: 'cx-audit-changes'}, list) : null;
        }

        function render(entries) {
            document.getElementById('cx-audit-loading').hidden = true;
            document.getElementById('cx-audit-empty').hidden = entries.length > 0 || start > 0;
            var holder = cx.clear(document.getElementById('cx-audit-table'));
            if (entries.length) {
                holder.appendChild(el('table', {className: 'aui cx-audit-table', id: 'cx-audit-list'}, [
                    el('thead', null, el('tr', null, [
                        el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.audit.when')),
                        el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.audit.who')),
                        el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.audit.what')),
                        el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.audit.changes'))
                    ])),
                    el('tbody', null, entries.map(function (entry) {
                        var before = parse(entry.before);
                        var after = parse(entry.after);
                        var name = subjectName(entry, before, after);
                        return el('tr', {className: 'cx-audit-entry', 'data-entry-id': entry.id}, [
                            el('td', {className: 'cx-nowrap'}, cx.formatInstant(entry.occurredAt)),
                            el('td', {className: 'cx-nowrap'}, entry.actorKey),
                            el('td', null, [
                                cx.lozenge(actionLabel(entry.action), ACTION_LOZENGES[entry.action]),
                                ' ', el('span', {className: 'cx-audit-subject'}, SUBJECTS[entry.subjectType]
                                    || entry.subjectType),
                                name ? [' ', el('strong', {className: 'cx-audit-name'}, name)] : null
                            ]),
                            el('td', null, entry.action === 'delete' || entry.action === 'unlink'
                                ? null : changes(entry, before, after))
                        ]);
                    }))
                ]));
            }
            var pager = document.getElementById('cx-audit-pager');
            pager.hidden = start === 0 && entries.length < PAGE;
            document.getElementById('cx-audit-newer').disabled = start === 0;
            document.getElementById('cx-audit-older').disabled = entries.length < PAGE;
            document.getElementById('cx-audit-position').textContent = entries.length
                ? AJS.I18n.getText('cx-align.admin.audit.position', start + 1, start + entries.length) : '';
        }

        function load() {
            root.setAttribute('aria-busy', 'true');
            return rest.get('/audit?start=' + start + '&limit=' + PAGE).then(render, function (error) {
                document.getElementById('cx-audit-loading').hidden = true;
                cx.clear(document.getElementById('cx-audit-messages')).appendChild(cx.message('error',
                    AJS.I18n.getText('cx-align.admin.common.error.load'), error.message, [cx.reloadButton()]));
            }).then(function () {
                root.setAttribute('aria-busy', 'false');
            });
        }

        document.getElementById('cx-audit-newer').addEventListener('click', function () {
            start = Math.max(0, start - PAGE);
            load();
        });
        document.getElementById('cx-audit-older').addEventListener('click', function () {
            start += PAGE;
            load();
        });

        Promise.all([rest.get('/goals?includeArchived=true'), rest.get('/metrics?includeArchived=true')])
            .then(function (results) {
                results[0].forEach(function (goal) {
                    names.goal[goal.id] = goal.name;
                });
                results[1].forEach(function (metric) {
                    names.metric[metric.id] = metric.name;
                });
            }, function () {
                // Names are a convenience: entries still show ids.
            })
            .then(load);
    });
}(window, document));
