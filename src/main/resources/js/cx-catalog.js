/*
 * CX Align → Mission & goals: the mission editor, the goals in display order with their metrics, archived goals,
 * metrics that serve no goal, and the goal, metric and link dialogs. Data comes from and goes to the REST API.
 */
(function (window, document) {
    'use strict';

    var cx = window.CXAlign.catalog;
    var el = cx.el;

    cx.onPage('cx-catalog', function (root) {
        var rest = cx.api(root.getAttribute('data-rest-url'));
        var readingsUrl = root.getAttribute('data-admin-url') + '/readings';
        var state = {mission: null, goals: [], metrics: [], goalMetrics: {}, latest: {}, scopes: {}, settings: null};

        // ------------------------------------------------------------------------------------------- mission

        var missionForm = document.getElementById('cx-mission-form');
        var missionSave = document.getElementById('cx-mission-save');
        var statement = document.getElementById('cx-mission-statement');
        var success = document.getElementById('cx-mission-success');

        function showMission(mission) {
            state.mission = mission;
            statement.value = mission.statement || '';
            success.value = mission.successStatement || '';
            document.getElementById('cx-mission-first').hidden = mission.version > 0;
            var changed = document.getElementById('cx-mission-changed');
            changed.textContent = mission.version > 0 && mission.changedAt
                ? AJS.I18n.getText('cx-align.admin.mission.changed', mission.changedBy || '',
                    cx.formatInstant(mission.changedAt))
                : '';
            missionSave.disabled = false;
        }

        function loadMission() {
            return rest.get('/mission').then(showMission, function (error) {
                pageProblem(error);
            });
        }

        missionForm.addEventListener('submit', function (event) {
            event.preventDefault();
            if (!state.mission) {
                return;
            }
            cx.clearErrors(missionForm);
            cx.busy(missionSave, rest.send('PUT', '/mission', {
                statement: statement.value,
                successStatement: success.value,
                version: state.mission.version
            }).then(function (saved) {
                showMission(saved);
                cx.flag('success', AJS.I18n.getText('cx-align.admin.mission.saved'));
            }, function (error) {
                cx.showErrors(missionForm, error);
            }));
        });

        // --------------------------------------------------------------------------------------------- goals

        function pageProblem(error) {
            var messages = document.getElementById('cx-catalog-messages');
            cx.clear(messages).appendChild(cx.message('error', AJS.I18n.getText('cx-align.admin.common.error.load'),
                error && error.message ? error.message : null, [cx.reloadButton()]));
        }

        function loadGoals() {
            return Promise.all([rest.get('/goals?includeArchived=true'), rest.get('/metrics?includeArchived=true')])
                .then(function (results) {
                    var goals = results[0];
                    var metrics = results[1];
                    var active = goals.filter(function (goal) {
                        return goal.status === 'ACTIVE';
                    });
                    return Promise.all([
                        Promise.all(goals.map(function (goal) {
                            return rest.get('/goals/' + goal.id + '/metrics?includeArchived=true');
                        })),
                        Promise.all(metrics.map(function (metric) {
                            return rest.get('/metrics/' + metric.id + '/readings?limit=1');
                        })),
                        Promise.all(active.map(function (goal) {
                            return rest.get('/goals/' + goal.id + '/scopes');
                        }))
                    ]).then(function (details) {
                        state.scopes = {};
                        active.forEach(function (goal, i) {
                            state.scopes[goal.id] = details[2][i];
                        });
                        state.goals = goals;
                        state.metrics = metrics;
                        state.goalMetrics = {};
                        goals.forEach(function (goal, i) {
                            state.goalMetrics[goal.id] = details[0][i];
                        });
                        state.latest = {};
                        metrics.forEach(function (metric, i) {
                            state.latest[metric.id] = details[1][i].length ? details[1][i][0] : null;
                        });
                        renderGoals();
                        return loadHygiene();
                    });
                })
                .catch(pageProblem)
                .then(function () {
                    document.getElementById('cx-goals-loading').hidden = true;
                    root.setAttribute('aria-busy', 'false');
                });
        }

        function renderGoals() {
            var active = state.goals.filter(function (goal) {
                return goal.status === 'ACTIVE';
            });
            var archived = state.goals.filter(function (goal) {
                return goal.status !== 'ACTIVE';
            });
            document.getElementById('cx-goal-add').disabled = false;
            document.getElementById('cx-goals-empty').hidden = active.length > 0;
            var list = cx.clear(document.getElementById('cx-goals-list'));
            active.forEach(function (goal) {
                list.appendChild(goalCard(goal));
            });

            var archivedSection = document.getElementById('cx-goals-archived');
            archivedSection.hidden = archived.length === 0;
            document.getElementById('cx-goals-archived-count').textContent = String(archived.length);
            var archivedList = cx.clear(document.getElementById('cx-goals-archived-list'));
            archived.forEach(function (goal) {
                archivedList.appendChild(el('li', {className: 'cx-archived-goal', 'data-goal-id': goal.id}, [
                    el('div', {className: 'cx-archived-goal-text'}, [
                        el('strong', {className: 'cx-goal-name'}, goal.name),
                        goal.description ? el('span', {className: 'cx-archived-goal-description'}, goal.description)
                            : null
                    ]),
                    cx.button(AJS.I18n.getText('cx-align.admin.goals.restore'),
                        {className: 'cx-goal-restore', 'data-action': 'goal-restore', 'data-goal-id': goal.id})
                ]));
            });

            var linked = {};
            Object.keys(state.goalMetrics).forEach(function (goalId) {
                state.goalMetrics[goalId].forEach(function (metric) {
                    linked[metric.id] = true;
                });
            });
            var unlinked = state.metrics.filter(function (metric) {
                return !linked[metric.id];
            });
            document.getElementById('cx-metrics-unlinked').hidden = unlinked.length === 0;
            var unlinkedTable = cx.clear(document.getElementById('cx-metrics-unlinked-table'));
            if (unlinked.length) {
                unlinkedTable.appendChild(metricsTable(unlinked, null));
            }
        }

        function goalCard(goal) {
            var metrics = state.goalMetrics[goal.id] || [];
            return el('article', {className: 'cx-goal', id: 'cx-goal-' + goal.id, 'data-goal-id': goal.id}, [
                el('header', {className: 'cx-goal-header'}, [
                    el('div', {className: 'cx-goal-title'}, [
                        el('h3', {className: 'cx-goal-name'}, goal.name),
                        el('span', {className: 'cx-goal-owner'}, goal.ownerKey
                            ? AJS.I18n.getText('cx-align.admin.common.owner.is', goal.ownerKey)
                            : AJS.I18n.getText('cx-align.admin.common.owner.none'))
                    ]),
                    el('div', {className: 'aui-buttons cx-goal-actions'}, [
                        cx.button(AJS.I18n.getText('cx-align.admin.goal.add-metric'),
                            {className: 'cx-metric-add', 'data-action': 'metric-add', 'data-goal-id': goal.id}),
                        cx.button(AJS.I18n.getText('cx-align.admin.goal.link-metric'),
                            {className: 'cx-metric-link', 'data-action': 'metric-link', 'data-goal-id': goal.id}),
                        cx.button(AJS.I18n.getText('cx-align.admin.scope.button'),
                            {className: 'cx-goal-scope', 'data-action': 'goal-scope', 'data-goal-id': goal.id}),
                        cx.button(AJS.I18n.getText('cx-align.admin.common.edit'),
                            {className: 'cx-goal-edit', 'data-action': 'goal-edit', 'data-goal-id': goal.id}),
                        cx.button(AJS.I18n.getText('cx-align.admin.goal.archive'),
                            {className: 'cx-goal-archive', 'data-action': 'goal-archive', 'data-goal-id': goal.id})
                    ])
                ]),
                goal.description ? el('p', {className: 'cx-goal-description'}, goal.description) : null,
                scopeLine(state.scopes[goal.id]),
                metrics.length ? metricsTable(metrics, goal)
                    : el('div', {className: 'cx-empty-inline cx-goal-no-metrics'}, [
                        el('strong', null, AJS.I18n.getText('cx-align.admin.goal.no-metrics.title')), ' ',
                        AJS.I18n.getText('cx-align.admin.goal.no-metrics.text')
                    ])
            ]);
        }

        /** Where the goal applies: departments and Jira projects (by id), or that nobody has said yet. */
        function scopeLine(scope) {
            if (!scope) {
                return null;
            }
            var parts = [];
            if (scope.departments.length) {
                parts.push(el('span', {className: 'cx-scope-departments'}, [
                    AJS.I18n.getText('cx-align.admin.scope.departments.list'), ' ',
                    scope.departments.map(function (department) {
                        return [cx.lozenge(department, 'current'), ' '];
                    })
                ]));
            }
            if (scope.projectIds.length) {
                parts.push(el('span', {className: 'cx-scope-projects'}, AJS.I18n.getText(
                    'cx-align.admin.scope.projects.list', scope.projectIds.join(', '))));
            }
            return el('p', {className: 'cx-goal-scope-line' + (parts.length ? '' : ' cx-goal-scope-none')},
                parts.length ? parts : AJS.I18n.getText('cx-align.admin.scope.none'));
        }

        function metricsTable(metrics, goal) {
            return el('table', {className: 'aui cx-metrics'}, [
                el('thead', null, el('tr', null, [
                    el('th', {className: 'cx-col-metric', scope: 'col'}, AJS.I18n.getText('cx-align.admin.metric.name')),
                    el('th', {className: 'cx-col-direction', scope: 'col'},
                        AJS.I18n.getText('cx-align.admin.metric.direction')),
                    el('th', {className: 'cx-col-progress', scope: 'col'},
                        AJS.I18n.getText('cx-align.admin.metrics.progress')),
                    el('th', {className: 'cx-col-owner', scope: 'col'}, AJS.I18n.getText('cx-align.admin.common.owner')),
                    el('th', {className: 'cx-col-actions', scope: 'col'},
                        el('span', {className: 'assistive'}, AJS.I18n.getText('cx-align.admin.common.actions')))
                ])),
                el('tbody', null, metrics.map(function (metric) {
                    return metricRow(metric, goal);
                }))
            ]);
        }

        function metricRow(metric, goal) {
            var latest = state.latest[metric.id];
            var archived = metric.status !== 'ACTIVE';
            var actions = [cx.button(AJS.I18n.getText('cx-align.admin.common.edit'), {
                className: 'aui-button-link cx-metric-edit', 'data-action': 'metric-edit', 'data-metric-id': metric.id})];
            if (goal) {
                actions.push(cx.button(AJS.I18n.getText('cx-align.admin.metric.unlink'), {
                    className: 'aui-button-link cx-metric-unlink', 'data-action': 'metric-unlink',
                    'data-metric-id': metric.id, 'data-goal-id': goal.id}));
            }
            actions.push(archived
                ? cx.button(AJS.I18n.getText('cx-align.admin.metric.restore'), {className: 'aui-button-link cx-metric-restore',
                    'data-action': 'metric-restore', 'data-metric-id': metric.id})
                : cx.button(AJS.I18n.getText('cx-align.admin.metric.archive'), {className: 'aui-button-link cx-metric-archive',
                    'data-action': 'metric-archive', 'data-metric-id': metric.id}));
            return el('tr', {className: 'cx-metric' + (archived ? ' cx-metric-archived' : ''),
                'data-metric-id': metric.id}, [
                el('td', {className: 'cx-col-metric'}, [
                    el('div', {className: 'cx-metric-name'}, [
                        el('span', null, metric.name),
                        archived ? [' ', cx.lozenge(AJS.I18n.getText('cx-align.admin.common.archived'), null)] : null
                    ]),
                    el('div', {className: 'cx-metric-meta'}, [
                        el('span', {className: 'cx-metric-kind'}, cx.kindLabel(metric.kind)),
                        metric.journeyStage ? ' \u00b7 ' + cx.stageLabel(metric.journeyStage) : '',
                        el('br'),
                        AJS.I18n.getText('cx-align.admin.metric.by', cx.formatDay(metric.targetDate))
                    ])
                ]),
                el('td', {className: 'cx-col-direction'}, cx.directionElement(metric.direction)),
                el('td', {className: 'cx-col-progress'}, [
                    cx.progressElement(metric, latest ? latest.value : null),
                    latest ? el('div', {className: 'cx-metric-meta'},
                        AJS.I18n.getText('cx-align.admin.metric.latest-on', cx.formatDay(latest.measuredAt)))
                        : (archived ? null : el('a', {className: 'cx-metric-meta cx-metric-record',
                            href: readingsUrl + '?metric=' + encodeURIComponent(metric.id)},
                            AJS.I18n.getText('cx-align.admin.metric.record-first')))
                ]),
                el('td', {className: 'cx-col-owner'}, metric.ownerKey
                    ? el('span', {className: 'cx-owner'}, metric.ownerKey)
                    : cx.lozenge(AJS.I18n.getText('cx-align.admin.common.owner.none'), 'moved', 'cx-no-owner')),
                el('td', {className: 'cx-col-actions'}, el('div', {className: 'cx-row-actions'}, actions))
            ]);
        }

        function goalById(id) {
            return state.goals.filter(function (goal) {
                return goal.id === Number(id);
            })[0];
        }

        function metricById(id) {
            return state.metrics.filter(function (metric) {
                return metric.id === Number(id);
            })[0];
        }

        // -------------------------------------------------------------------------------------- goal dialog

        var goalDialog = cx.dialog('cx-goal-dialog');
        var goalForm = document.getElementById('cx-goal-form');
        var goalFields = {
            name: document.getElementById('cx-goal-name'),
            description: document.getElementById('cx-goal-description'),
            ownerKey: document.getElementById('cx-goal-owner'),
            displayOrder: document.getElementById('cx-goal-order')
        };
        var editingGoal = null;

        function openGoalDialog(goal) {
            editingGoal = goal;
            cx.clearErrors(goalForm);
            var title = document.getElementById('cx-goal-dialog-title');
            title.textContent = title.getAttribute(goal ? 'data-edit' : 'data-add');
            goalFields.name.value = goal ? goal.name : '';
            goalFields.description.value = goal && goal.description ? goal.description : '';
            goalFields.ownerKey.value = goal && goal.ownerKey ? goal.ownerKey : '';
            goalFields.displayOrder.value = goal ? String(goal.displayOrder) : '';
            goalDialog.show();
            goalFields.name.focus();
        }

        goalForm.addEventListener('submit', function (event) {
            event.preventDefault();
            cx.clearErrors(goalForm);
            var order = goalFields.displayOrder.value.trim();
            if (order !== '' && !/^\d+$/.test(order)) {
                cx.showFieldError(goalForm, 'displayOrder', AJS.I18n.getText('cx-align.admin.goal.order.invalid'));
                return;
            }
            var body = {
                name: goalFields.name.value,
                description: goalFields.description.value.trim() || null,
                ownerKey: goalFields.ownerKey.value.trim() || null,
                displayOrder: order === '' ? null : Number(order)
            };
            if (editingGoal) {
                body.version = editingGoal.version;
            }
            var saving = editingGoal
                ? rest.send('PUT', '/goals/' + editingGoal.id, body)
                : rest.send('POST', '/goals', body);
            cx.busy(document.getElementById('cx-goal-save'), saving.then(function (goal) {
                goalDialog.hide();
                cx.flag('success', AJS.I18n.getText('cx-align.admin.goal.saved', goal.name));
                return loadGoals();
            }, function (error) {
                cx.showErrors(goalForm, error);
            }));
        });

        // ------------------------------------------------------------------------------------ metric dialog

        var metricDialog = cx.dialog('cx-metric-dialog');
        var metricForm = document.getElementById('cx-metric-form');
        var mf = {
            name: document.getElementById('cx-metric-name'),
            kind: document.getElementById('cx-metric-kind'),
            unitChoice: document.getElementById('cx-metric-unit-choice'),
            unitText: document.getElementById('cx-metric-unit-text'),
            direction: document.getElementById('cx-metric-direction'),
            rangeLow: document.getElementById('cx-metric-range-low'),
            rangeHigh: document.getElementById('cx-metric-range-high'),
            baseline: document.getElementById('cx-metric-baseline'),
            baselineDate: document.getElementById('cx-metric-baseline-date'),
            target: document.getElementById('cx-metric-target'),
            targetDate: document.getElementById('cx-metric-target-date'),
            journeyStage: document.getElementById('cx-metric-stage'),
            ownerKey: document.getElementById('cx-metric-owner')
        };
        var metricContext = {goal: null, metric: null, directionTouched: false};

        cx.KINDS.forEach(function (kind) {
            mf.kind.appendChild(el('option', {value: kind.id}, kind.label));
        });
        cx.DIRECTIONS.forEach(function (direction) {
            mf.direction.appendChild(el('option', {value: direction.id}, direction.arrow + ' ' + direction.label));
        });
        mf.journeyStage.appendChild(el('option', {value: ''}, AJS.I18n.getText('cx-align.admin.metric.stage.none')));
        cx.STAGES.forEach(function (stage) {
            mf.journeyStage.appendChild(el('option', {value: stage.id}, stage.label));
        });

        function currentUnit() {
            var kind = cx.find(cx.KINDS, mf.kind.value);
            return kind && kind.freeUnit ? mf.unitText.value.trim() : mf.unitChoice.value;
        }

        /** The unit control for the kind: a choice among its units, or free text with suggestions. */
        function showUnitsFor(kindId, unit) {
            var kind = cx.find(cx.KINDS, kindId);
            cx.clear(mf.unitChoice);
            var suggestions = cx.clear(document.getElementById('cx-metric-unit-suggestions'));
            if (kind.freeUnit) {
                mf.unitChoice.hidden = true;
                mf.unitText.hidden = false;
                mf.unitText.value = unit !== null && unit !== undefined ? unit : kind.scales[0].unit;
                mf.unitText.placeholder = kind.scales[0].unit;
                (kind.suggestions || []).forEach(function (suggestion) {
                    suggestions.appendChild(el('option', {value: suggestion}));
                });
            } else {
                mf.unitText.hidden = true;
                mf.unitChoice.hidden = false;
                kind.scales.forEach(function (scale) {
                    mf.unitChoice.appendChild(el('option', {value: scale.unit}, scale.unit));
                });
                if (unit) {
                    mf.unitChoice.value = unit;
                }
            }
            mf.unitChoice.parentNode.querySelector('label').setAttribute('for',
                kind.freeUnit ? 'cx-metric-unit-text' : 'cx-metric-unit-choice');
            updateScale();
        }

        function updateScale() {
            document.getElementById('cx-metric-scale').textContent = cx.scaleText(mf.kind.value, currentUnit());
        }

        function updateRange() {
            document.getElementById('cx-metric-range').hidden = mf.direction.value !== 'WITHIN_RANGE';
        }

        mf.kind.addEventListener('change', function () {
            showUnitsFor(mf.kind.value, null);
            var kind = cx.find(cx.KINDS, mf.kind.value);
            if (kind.direction && !metricContext.directionTouched) {
                mf.direction.value = kind.direction;
                updateRange();
            }
        });
        mf.unitChoice.addEventListener('change', updateScale);
        mf.unitText.addEventListener('input', updateScale);
        mf.direction.addEventListener('change', function () {
            metricContext.directionTouched = true;
            updateRange();
        });

        function text(value) {
            return value === null || value === undefined ? '' : String(value);
        }

        function openMetricDialog(goal, metric) {
            metricContext = {goal: goal, metric: metric, directionTouched: !!metric};
            cx.clearErrors(metricForm);
            var title = document.getElementById('cx-metric-dialog-title');
            title.textContent = title.getAttribute(metric ? 'data-edit' : 'data-add');
            document.getElementById('cx-metric-goal').textContent = goal
                ? AJS.I18n.getText('cx-align.admin.metric.for-goal', goal.name) : '';
            mf.name.value = metric ? metric.name : '';
            mf.kind.value = metric ? metric.kind : 'NPS';
            showUnitsFor(mf.kind.value, metric ? metric.unit : null);
            mf.direction.value = metric ? metric.direction : cx.find(cx.KINDS, mf.kind.value).direction;
            updateRange();
            mf.rangeLow.value = metric ? text(metric.rangeLow) : '';
            mf.rangeHigh.value = metric ? text(metric.rangeHigh) : '';
            mf.baseline.value = metric ? text(metric.baseline) : '';
            mf.baselineDate.value = metric ? text(metric.baselineDate) : cx.today();
            mf.target.value = metric ? text(metric.target) : '';
            mf.targetDate.value = metric ? text(metric.targetDate) : '';
            mf.journeyStage.value = metric && metric.journeyStage ? metric.journeyStage : '';
            mf.ownerKey.value = metric && metric.ownerKey ? metric.ownerKey : '';
            metricDialog.show();
            mf.name.focus();
        }

        metricForm.addEventListener('submit', function (event) {
            event.preventDefault();
            cx.clearErrors(metricForm);
            var within = mf.direction.value === 'WITHIN_RANGE';
            var numbers = {};
            var invalid = false;
            ['baseline', 'target', 'rangeLow', 'rangeHigh'].forEach(function (field) {
                if ((field === 'rangeLow' || field === 'rangeHigh') && !within) {
                    numbers[field] = null;
                    return;
                }
                var read = cx.readNumber(mf[field]);
                if (read.error) {
                    cx.showFieldError(metricForm, field, read.error);
                    invalid = true;
                }
                numbers[field] = read.error ? null : read.value;
            });
            if (invalid) {
                return;
            }
            var members = {
                name: mf.name.value,
                kind: mf.kind.value,
                unit: currentUnit() || null,
                direction: mf.direction.value,
                baselineDate: mf.baselineDate.value || null,
                targetDate: mf.targetDate.value || null,
                journeyStage: mf.journeyStage.value || null,
                ownerKey: mf.ownerKey.value.trim() || null
            };
            var editing = metricContext.metric;
            var goal = metricContext.goal;
            if (editing) {
                members.version = editing.version;
            }
            var body = cx.jsonWithNumbers(members, numbers);
            var saving = editing
                ? rest.send('PUT', '/metrics/' + editing.id, body)
                : rest.send('POST', '/metrics', body).then(function (created) {
                    if (!goal) {
                        return created;
                    }
                    return rest.send('PUT', '/goals/' + goal.id + '/metrics/' + created.id).then(function () {
                        return created;
                    }, function (error) {
                        metricDialog.hide();
                        cx.actionFailed(error);
                        loadGoals();
                        throw null;
                    });
                });
            cx.busy(document.getElementById('cx-metric-save'), saving.then(function (metric) {
                metricDialog.hide();
                cx.flag('success', AJS.I18n.getText('cx-align.admin.metric.saved', metric.name));
                return loadGoals();
            }, function (error) {
                if (error !== null) {
                    cx.showErrors(metricForm, error);
                }
            }));
        });

        // -------------------------------------------------------------------------------------- link dialog

        var linkDialog = cx.dialog('cx-link-dialog');
        var linkForm = document.getElementById('cx-link-form');
        var linkSelect = document.getElementById('cx-link-metric');
        var linkGoal = null;

        function openLinkDialog(goal) {
            linkGoal = goal;
            cx.clearErrors(linkForm);
            document.getElementById('cx-link-goal').textContent =
                AJS.I18n.getText('cx-align.admin.metric.for-goal', goal.name);
            var linkedIds = (state.goalMetrics[goal.id] || []).map(function (metric) {
                return metric.id;
            });
            var candidates = state.metrics.filter(function (metric) {
                return metric.status === 'ACTIVE' && linkedIds.indexOf(metric.id) < 0;
            });
            cx.clear(linkSelect);
            candidates.forEach(function (metric) {
                linkSelect.appendChild(el('option', {value: metric.id},
                    metric.name + ' (' + cx.kindLabel(metric.kind) + ')'));
            });
            linkSelect.parentNode.hidden = candidates.length === 0;
            document.getElementById('cx-link-none').hidden = candidates.length > 0;
            document.getElementById('cx-link-save').disabled = candidates.length === 0;
            linkDialog.show();
        }

        linkForm.addEventListener('submit', function (event) {
            event.preventDefault();
            if (!linkSelect.value) {
                return;
            }
            var metric = metricById(linkSelect.value);
            cx.busy(document.getElementById('cx-link-save'),
                rest.send('PUT', '/goals/' + linkGoal.id + '/metrics/' + metric.id).then(function () {
                    linkDialog.hide();
                    cx.flag('success', AJS.I18n.getText('cx-align.admin.link.saved', metric.name, linkGoal.name));
                    return loadGoals();
                }, function (error) {
                    cx.showErrors(linkForm, error);
                }));
        });

        // ------------------------------------------------------------------------------------- scope dialog

        var scopeDialog = cx.dialog('cx-scope-dialog');
        var scopeForm = document.getElementById('cx-scope-form');
        var scopeDepartments = document.getElementById('cx-scope-departments');
        var scopeProjects = document.getElementById('cx-scope-projects');
        var scopeGoal = null;

        function openScopeDialog(goal) {
            scopeGoal = goal;
            var scope = state.scopes[goal.id] || {departments: [], projectIds: []};
            cx.clearErrors(scopeForm);
            document.getElementById('cx-scope-goal').textContent =
                AJS.I18n.getText('cx-align.admin.metric.for-goal', goal.name);
            scopeDepartments.value = scope.departments.join('\n');
            scopeProjects.value = scope.projectIds.join(', ');
            scopeDialog.show();
            scopeDepartments.focus();
        }

        scopeForm.addEventListener('submit', function (event) {
            event.preventDefault();
            cx.clearErrors(scopeForm);
            var departments = scopeDepartments.value.split(/\r?\n/).map(function (line) {
                return line.trim();
            }).filter(function (line) {
                return line !== '';
            });
            var projects = scopeProjects.value.split(/[\s,;]+/).filter(function (id) {
                return id !== '';
            });
            if (projects.some(function (id) {
                return !/^\d{1,18}$/.test(id);
            })) {
                cx.showFieldError(scopeForm, 'projectIds', AJS.I18n.getText('cx-align.admin.scope.projects.invalid'));
                return;
            }
            var scope = state.scopes[scopeGoal.id];
            var body = '{"departments":' + JSON.stringify(departments) + ',"projectIds":[' + projects.join(',')
                + '],"version":' + JSON.stringify(scope ? scope.version : scopeGoal.version) + '}';
            cx.busy(document.getElementById('cx-scope-save'),
                rest.send('PUT', '/goals/' + scopeGoal.id + '/scopes', body).then(function () {
                    scopeDialog.hide();
                    cx.flag('success', AJS.I18n.getText('cx-align.admin.scope.saved', scopeGoal.name));
                    return loadGoals();
                }, function (error) {
                    cx.showErrors(scopeForm, error);
                }));
        });

        // ------------------------------------------------------------------------------------------ hygiene

        /** The measurement hygiene report: what the admin should look at (too many metrics, no owner, ...). */
        function loadHygiene() {
            return Promise.all([rest.get('/hygiene'), rest.get('/hygiene/settings')]).then(function (results) {
                state.settings = results[1];
                renderHygiene(results[0]);
            });
        }

        function names(list, key) {
            return list.map(function (item) {
                return item[key];
            }).join(', ');
        }

        function renderHygiene(report) {
            var findings = [];
            report.overMeasuredGoals.forEach(function (goal) {
                findings.push(['over-measured', AJS.I18n.getText('cx-align.admin.hygiene.over-measured', goal.goalName,
                    goal.activeMetrics, report.metricCap)]);
            });
            if (report.goalsWithoutMetrics.length) {
                findings.push(['no-metrics', AJS.I18n.getText('cx-align.admin.hygiene.no-metrics',
                    names(report.goalsWithoutMetrics, 'goalName'))]);
            }
            if (report.metricsWithoutOwner.length) {
                findings.push(['no-owner', AJS.I18n.getText('cx-align.admin.hygiene.no-owner',
                    names(report.metricsWithoutOwner, 'metricName'))]);
            }
            if (report.unlinkedMetrics.length) {
                findings.push(['unlinked', AJS.I18n.getText('cx-align.admin.hygiene.unlinked',
                    names(report.unlinkedMetrics, 'metricName'))]);
            }
            report.staleMetrics.forEach(function (metric) {
                findings.push(['stale', metric.lastReadingOn
                    ? AJS.I18n.getText('cx-align.admin.hygiene.stale.metric', metric.metricName,
                        metric.daysWithoutReading, cx.formatDay(metric.lastReadingOn))
                    : AJS.I18n.getText('cx-align.admin.hygiene.stale.never', metric.metricName,
                        metric.daysWithoutReading)]);
            });
            var thresholds = AJS.I18n.getText('cx-align.admin.hygiene.thresholds', report.metricCap, report.staleDays);
            document.getElementById('cx-hygiene').hidden = findings.length === 0;
            document.getElementById('cx-hygiene-clean').hidden = findings.length > 0;
            document.getElementById('cx-hygiene-clean-text').textContent = thresholds;
            document.getElementById('cx-hygiene-thresholds').textContent = thresholds;
            document.getElementById('cx-hygiene-heading').textContent = findings.length === 1
                ? AJS.I18n.getText('cx-align.admin.hygiene.title.one')
                : AJS.I18n.getText('cx-align.admin.hygiene.title', findings.length);
            var list = cx.clear(document.getElementById('cx-hygiene-findings'));
            findings.forEach(function (finding) {
                list.appendChild(el('li', {'data-finding': finding[0]}, finding[1]));
            });
        }

        var hygieneDialog = cx.dialog('cx-hygiene-dialog');
        var hygieneForm = document.getElementById('cx-hygiene-form');
        var hygieneCap = document.getElementById('cx-hygiene-cap');
        var hygieneStale = document.getElementById('cx-hygiene-stale');

        ['cx-hygiene-settings', 'cx-hygiene-settings-clean'].forEach(function (id) {
            document.getElementById(id).addEventListener('click', function () {
                if (!state.settings) {
                    return;
                }
                cx.clearErrors(hygieneForm);
                hygieneCap.value = String(state.settings.metricCap);
                hygieneStale.value = String(state.settings.staleDays);
                hygieneDialog.show();
                hygieneCap.focus();
            });
        });

        hygieneForm.addEventListener('submit', function (event) {
            event.preventDefault();
            cx.clearErrors(hygieneForm);
            var invalid = false;
            var values = {};
            [['metricCap', hygieneCap], ['staleDays', hygieneStale]].forEach(function (field) {
                var text = field[1].value.trim();
                if (!/^\d{1,9}$/.test(text)) {
                    cx.showFieldError(hygieneForm, field[0], AJS.I18n.getText('cx-align.admin.common.error.whole'));
                    invalid = true;
                }
                values[field[0]] = Number(text);
            });
            if (invalid) {
                return;
            }
            values.version = state.settings.version;
            cx.busy(document.getElementById('cx-hygiene-save'),
                rest.send('PUT', '/hygiene/settings', values).then(function () {
                    hygieneDialog.hide();
                    cx.flag('success', AJS.I18n.getText('cx-align.admin.hygiene.saved'));
                    return loadHygiene();
                }, function (error) {
                    cx.showErrors(hygieneForm, error);
                }));
        });

        // ----------------------------------------------------------------------------------- export, import

        var importDialog = cx.dialog('cx-import-dialog');
        var importForm = document.getElementById('cx-import-form');
        var importFile = document.getElementById('cx-import-file');
        var importSummary = document.getElementById('cx-import-summary');

        document.getElementById('cx-catalog-import').addEventListener('click', function () {
            cx.clearErrors(importForm);
            cx.clear(importSummary);
            importFile.value = '';
            importDialog.show();
        });

        function summaryItems(kind, changes) {
            var items = [];
            [['created', 'cx-align.admin.transfer.summary.created'], ['updated', 'cx-align.admin.transfer.summary.updated'],
                ['archived', 'cx-align.admin.transfer.summary.archived'],
                ['unchanged', 'cx-align.admin.transfer.summary.unchanged'],
                ['notInDocument', 'cx-align.admin.transfer.summary.not-in-document']].forEach(function (entry) {
                var list = changes[entry[0]] || [];
                if (list.length) {
                    items.push(el('li', {'data-summary': kind + '-' + entry[0]}, [
                        el('strong', null, summaryLabel(entry[1], list.length)), ' ',
                        list.map(function (item) {
                            if (typeof item === 'string') {
                                return item;
                            }
                            return item.userKey !== undefined ? item.userKey + ' (' + item.department + ')'
                                : item.goal + ' \u2194 ' + item.metric;
                        }).join(', ')
                    ]));
                }
            });
            return items;
        }

        function summaryLabel(key, count) {
            switch (key) {
                case 'cx-align.admin.transfer.summary.created':
                    return AJS.I18n.getText('cx-align.admin.transfer.summary.created', count);
                case 'cx-align.admin.transfer.summary.updated':
                    return AJS.I18n.getText('cx-align.admin.transfer.summary.updated', count);
                case 'cx-align.admin.transfer.summary.archived':
                    return AJS.I18n.getText('cx-align.admin.transfer.summary.archived', count);
                case 'cx-align.admin.transfer.summary.unchanged':
                    return AJS.I18n.getText('cx-align.admin.transfer.summary.unchanged', count);
                default:
                    return AJS.I18n.getText('cx-align.admin.transfer.summary.not-in-document', count);
            }
        }

        function showSummary(summary) {
            cx.clear(importSummary).appendChild(cx.message('success',
                summary.changes === 0 ? AJS.I18n.getText('cx-align.admin.transfer.summary.nothing')
                    : AJS.I18n.getText('cx-align.admin.transfer.summary.title', summary.changes), null));
            var settings = [];
            [['mission', AJS.I18n.getText('cx-align.admin.transfer.summary.mission')],
                ['hygiene', AJS.I18n.getText('cx-align.admin.transfer.summary.hygiene')]].forEach(function (entry) {
                if (summary[entry[0]] === 'CREATED' || summary[entry[0]] === 'UPDATED') {
                    settings.push(el('li', {'data-summary': entry[0]}, entry[1]));
                }
            });
            var sections = [
                ['settings', AJS.I18n.getText('cx-align.admin.transfer.summary.settings'), settings],
                ['goals', AJS.I18n.getText('cx-align.admin.transfer.summary.goals'), summaryItems('goals', summary.goals)],
                ['metrics', AJS.I18n.getText('cx-align.admin.transfer.summary.metrics'),
                    summaryItems('metrics', summary.metrics)],
                ['links', AJS.I18n.getText('cx-align.admin.transfer.summary.links'), summaryItems('links', summary.links)],
                ['champions', AJS.I18n.getText('cx-align.admin.transfer.summary.champions'),
                    summary.champions ? summaryItems('champions', summary.champions) : []]
            ];
            sections.forEach(function (section) {
                if (section[2].length) {
                    importSummary.appendChild(el('h3', null, section[1]));
                    importSummary.appendChild(el('ul', {className: 'cx-import-list'}, section[2]));
                }
            });
        }

        importForm.addEventListener('submit', function (event) {
            event.preventDefault();
            cx.clearErrors(importForm);
            cx.clear(importSummary);
            var file = importFile.files && importFile.files[0];
            if (!file) {
                cx.showFieldError(importForm, 'file', AJS.I18n.getText('cx-align.admin.transfer.import.choose'));
                return;
            }
            cx.busy(document.getElementById('cx-import-save'), cx.readFile(file).then(function (text) {
                return rest.send('POST', '/config/import', text.replace(/^\uFEFF/, ''));
            }).then(function (summary) {
                showSummary(summary);
                importFile.value = '';
                return Promise.all([loadMission(), loadGoals()]);
            }, function (error) {
                cx.showErrors(importForm, error);
            }));
        });

        // ------------------------------------------------------------------------------------------ actions

        function act(trigger, promise, successText) {
            return cx.busy(trigger, promise.then(function () {
                cx.flag('success', successText);
                return loadGoals();
            }, cx.actionFailed));
        }

        var actions = {
            'goal-scope': function (trigger) {
                openScopeDialog(goalById(trigger.getAttribute('data-goal-id')));
            },
            'goal-edit': function (trigger) {
                openGoalDialog(goalById(trigger.getAttribute('data-goal-id')));
            },
            'goal-archive': function (trigger) {
                var goal = goalById(trigger.getAttribute('data-goal-id'));
                act(trigger, rest.send('POST', '/goals/' + goal.id + '/archive', {version: goal.version}),
                    AJS.I18n.getText('cx-align.admin.goal.archived', goal.name));
            },
            'goal-restore': function (trigger) {
                var goal = goalById(trigger.getAttribute('data-goal-id'));
                act(trigger, rest.send('POST', '/goals/' + goal.id + '/restore', {version: goal.version}),
                    AJS.I18n.getText('cx-align.admin.goal.restored', goal.name));
            },
            'metric-add': function (trigger) {
                openMetricDialog(goalById(trigger.getAttribute('data-goal-id')), null);
            },
            'metric-link': function (trigger) {
                openLinkDialog(goalById(trigger.getAttribute('data-goal-id')));
            },
            'metric-edit': function (trigger) {
                openMetricDialog(null, metricById(trigger.getAttribute('data-metric-id')));
            },
            'metric-unlink': function (trigger) {
                var goal = goalById(trigger.getAttribute('data-goal-id'));
                var metric = metricById(trigger.getAttribute('data-metric-id'));
                act(trigger, rest.send('DELETE', '/goals/' + goal.id + '/metrics/' + metric.id),
                    AJS.I18n.getText('cx-align.admin.metric.unlinked', metric.name, goal.name));
            },
            'metric-archive': function (trigger) {
                var metric = metricById(trigger.getAttribute('data-metric-id'));
                act(trigger, rest.send('POST', '/metrics/' + metric.id + '/archive', {version: metric.version}),
                    AJS.I18n.getText('cx-align.admin.metric.archived', metric.name));
            },
            'metric-restore': function (trigger) {
                var metric = metricById(trigger.getAttribute('data-metric-id'));
                act(trigger, rest.send('POST', '/metrics/' + metric.id + '/restore', {version: metric.version}),
                    AJS.I18n.getText('cx-align.admin.metric.restored', metric.name));
            }
        };

        cx.wireActions(root, actions, ['cx-goal-add', 'cx-goal-add-empty'], function () {
            openGoalDialog(null);
        });

        loadMission();
        loadGoals();
    });
}(window, document));
