/*
 * CX Align → Readings: record a measured value of a metric, see the metric's last readings and every active
 * metric's latest reading with its progress from baseline to target. Data comes from and goes to the REST API.
 */
(function (window, document) {
    'use strict';

    var cx = window.CXAlign.catalog;
    var el = cx.el;
    var HISTORY = 20;

    cx.onPage('cx-readings', function (root) {
        var rest = cx.api(root.getAttribute('data-rest-url'));
        var form = document.getElementById('cx-reading-form');
        var select = document.getElementById('cx-reading-metric');
        var value = document.getElementById('cx-reading-value');
        var date = document.getElementById('cx-reading-date');
        var source = document.getElementById('cx-reading-source');
        var note = document.getElementById('cx-reading-note');
        var save = document.getElementById('cx-reading-save');
        var state = {metrics: [], latest: {}};

        function metricById(id) {
            return state.metrics.filter(function (metric) {
                return metric.id === Number(id);
            })[0];
        }

        function pageProblem(error) {
            cx.clear(document.getElementById('cx-readings-messages')).appendChild(cx.message('error',
                AJS.I18n.getText('cx-align.admin.common.error.load'), error && error.message ? error.message : null,
                [cx.reloadButton()]));
        }

        function latestOf(metric) {
            return rest.get('/metrics/' + metric.id + '/readings?limit=1').then(function (readings) {
                state.latest[metric.id] = readings.length ? readings[0] : null;
            });
        }

        function load() {
            return rest.get('/metrics').then(function (metrics) {
                state.metrics = metrics;
                return Promise.all(metrics.map(latestOf));
            }).then(function () {
                var none = state.metrics.length === 0;
                document.getElementById('cx-readings-empty').hidden = !none;
                document.getElementById('cx-readings-main').hidden = none;
                document.getElementById('cx-readings-latest').hidden = none;
                document.getElementById('cx-readings-import').hidden = none;
                if (none) {
                    return;
                }
                state.metrics.forEach(function (metric) {
                    select.appendChild(el('option', {value: metric.id}, metric.name));
                });
                var wanted = new URLSearchParams(window.location.search).get('metric');
                select.value = wanted && metricById(wanted) ? wanted : String(state.metrics[0].id);
                date.value = cx.today();
                renderLatest();
                return selectMetric();
            }).catch(pageProblem).then(function () {
                root.setAttribute('aria-busy', 'false');
            });
        }

        function selectedMetric() {
            return metricById(select.value);
        }

        function renderSummary(metric) {
            var latest = state.latest[metric.id];
            cx.clear(document.getElementById('cx-reading-summary')).appendChild(el('div', null, [
                el('div', {className: 'cx-metric-summary-facts'}, [
                    el('span', null, cx.kindLabel(metric.kind)), ' \u00b7 ',
                    cx.directionElement(metric.direction), ' \u00b7 ',
                    AJS.I18n.getText('cx-align.admin.metric.by', cx.formatDay(metric.targetDate)),
                    metric.ownerKey ? [' \u00b7 ', AJS.I18n.getText('cx-align.admin.common.owner.is', metric.ownerKey)]
                        : null
                ]),
                cx.progressElement(metric, latest ? latest.value : null)
            ]));
            document.getElementById('cx-reading-scale').textContent = (metric.unit
                ? AJS.I18n.getText('cx-align.admin.readings.in-unit', metric.unit) + ' ' : '')
                + cx.scaleText(metric.kind, metric.unit);
        }

        function selectMetric() {
            var metric = selectedMetric();
            cx.clearErrors(form);
            renderSummary(metric);
            document.getElementById('cx-reading-history-metric').textContent = metric.name
                + (metric.unit ? ' \u00b7 ' + AJS.I18n.getText('cx-align.admin.readings.in-unit', metric.unit) : '');
            return rest.get('/metrics/' + metric.id + '/readings?limit=' + HISTORY).then(function (readings) {
                if (selectedMetric() === metric) {
                    renderHistory(metric, readings);
                }
            }, pageProblem);
        }

        function renderHistory(metric, readings) {
            var holder = cx.clear(document.getElementById('cx-reading-history-table'));
            if (!readings.length) {
                holder.appendChild(el('p', {className: 'cx-empty-inline', id: 'cx-reading-history-empty'},
                    AJS.I18n.getText('cx-align.admin.readings.history.empty')));
                return;
            }
            holder.appendChild(el('table', {className: 'aui cx-readings-table', id: 'cx-reading-history-list'}, [
                el('thead', null, el('tr', null, [
                    el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.readings.date')),
                    el('th', {scope: 'col', className: 'cx-number'}, AJS.I18n.getText('cx-align.admin.readings.value')),
                    el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.readings.source')),
                    el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.readings.recorded-by'))
                ])),
                el('tbody', null, readings.map(function (reading) {
                    return el('tr', {className: 'cx-reading', 'data-reading-id': reading.id}, [
                        el('td', {className: 'cx-nowrap'}, cx.formatDay(reading.measuredAt)),
                        el('td', {className: 'cx-number cx-reading-value'}, cx.formatNumber(reading.value)),
                        el('td', null, [
                            reading.source ? el('div', null, reading.source) : null,
                            reading.note ? el('div', {className: 'cx-reading-note'}, reading.note) : null
                        ]),
                        el('td', {className: 'cx-reading-recorded', title: cx.formatInstant(reading.recordedAt)},
                            reading.recordedBy)
                    ]);
                }))
            ]));
        }

        function renderLatest() {
            var holder = cx.clear(document.getElementById('cx-readings-latest-table'));
            holder.appendChild(el('table', {className: 'aui cx-readings-table', id: 'cx-readings-latest-list'}, [
                el('thead', null, el('tr', null, [
                    el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.metric.name')),
                    el('th', {scope: 'col', className: 'cx-number'}, AJS.I18n.getText('cx-align.admin.progress.latest')),
                    el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.readings.date')),
                    el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.metrics.progress')),
                    el('th', {scope: 'col'}, el('span', {className: 'assistive'},
                        AJS.I18n.getText('cx-align.admin.common.actions')))
                ])),
                el('tbody', null, state.metrics.map(function (metric) {
                    var latest = state.latest[metric.id];
                    return el('tr', {className: 'cx-latest', 'data-metric-id': metric.id}, [
                        el('td', null, [el('div', {className: 'cx-metric-name'}, metric.name),
                            el('div', {className: 'cx-metric-meta'}, cx.kindLabel(metric.kind))]),
                        el('td', {className: 'cx-number cx-latest-value'},
                            latest ? cx.formatValue(latest.value, metric.unit) : '\u2014'),
                        el('td', {className: 'cx-nowrap'}, latest ? cx.formatDay(latest.measuredAt)
                            : el('span', {className: 'cx-metric-meta'}, AJS.I18n.getText('cx-align.admin.progress.none'))),
                        el('td', null, cx.progressElement(metric, latest ? latest.value : null)),
                        el('td', {className: 'cx-col-actions'}, cx.button(
                            AJS.I18n.getText('cx-align.admin.readings.record.short'),
                            {className: 'aui-button-link cx-latest-record', 'data-metric-id': metric.id}))
                    ]);
                }))
            ]));
        }

        select.addEventListener('change', selectMetric);

        document.getElementById('cx-readings-latest-table').addEventListener('click', function (event) {
            var trigger = event.target.closest ? event.target.closest('.cx-latest-record') : null;
            if (trigger) {
                select.value = trigger.getAttribute('data-metric-id');
                selectMetric();
                document.getElementById('cx-reading-record').scrollIntoView({block: 'start'});
                value.focus();
            }
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var metric = selectedMetric();
            if (!metric) {
                return;
            }
            cx.clearErrors(form);
            var number = cx.readNumber(value);
            if (number.error) {
                cx.showFieldError(form, 'value', number.error);
                return;
            }
            var body = cx.jsonWithNumbers({
                measuredAt: date.value || null,
                source: source.value.trim() || null,
                note: note.value.trim() || null
            }, {value: number.value});
            cx.busy(save, rest.send('POST', '/metrics/' + metric.id + '/readings', body).then(function (reading) {
                cx.flag('success', AJS.I18n.getText('cx-align.admin.readings.saved',
                    cx.formatValue(reading.value, metric.unit), metric.name));
                value.value = '';
                note.value = '';
                return latestOf(metric).then(function () {
                    renderLatest();
                    return selectMetric();
                });
            }, function (error) {
                cx.showErrors(form, error);
            }));
        });

        // ------------------------------------------------------------------------------------- CSV import

        var importForm = document.getElementById('cx-import-form');
        var importFile = document.getElementById('cx-import-file');

        importForm.addEventListener('submit', function (event) {
            event.preventDefault();
            cx.clearErrors(importForm);
            var file = importFile.files && importFile.files[0];
            if (!file) {
                cx.showFieldError(importForm, 'csv', AJS.I18n.getText('cx-align.admin.readings.import.choose'));
                return;
            }
            cx.busy(document.getElementById('cx-import-save'), cx.readFile(file).then(function (csv) {
                return rest.send('POST', '/readings/import', {csv: csv});
            }).then(function (result) {
                importFile.value = '';
                cx.flag('success', AJS.I18n.getText('cx-align.admin.readings.import.saved', result.stored));
                return Promise.all(state.metrics.map(latestOf)).then(function () {
                    renderLatest();
                    return selectMetric();
                });
            }, function (error) {
                cx.showErrors(importForm, error);
            }));
        });

        load();
    });
}(window, document));
