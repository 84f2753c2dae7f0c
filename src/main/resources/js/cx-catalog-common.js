/*
 * CX Align admin pages of the catalogue (mission and goals, readings, audit log): what the pages share.
 * Everything a page shows comes from the REST API (/rest/cx-align/1.0). User text goes into the page only through
 * textContent and attributes (never as HTML); AJS.flag bodies, which are HTML, get escaped text only.
 * Jira's jsI18n transformer replaces AJS.I18n.getText('...') with the translated text.
 */
(function (window, document) {
    'use strict';

    /** The kinds of metric, as the server defines them (catalog.model.MetricKind): units, valid values, defaults. */
    var KINDS = [
        {id: 'NPS', label: AJS.I18n.getText('cx-align.admin.kind.nps'), direction: 'HIGHER_IS_BETTER',
            scales: [{unit: 'NPS', min: -100, max: 100}]},
        {id: 'CSAT', label: AJS.I18n.getText('cx-align.admin.kind.csat'), direction: 'HIGHER_IS_BETTER',
            scales: [{unit: '%', min: 0, max: 100}, {unit: 'score 1-5', min: 1, max: 5}]},
        {id: 'CES', label: AJS.I18n.getText('cx-align.admin.kind.ces'), direction: 'HIGHER_IS_BETTER',
            scales: [{unit: 'score 1-7', min: 1, max: 7}]},
        {id: 'CHURN_RATE', label: AJS.I18n.getText('cx-align.admin.kind.churn'), direction: 'LOWER_IS_BETTER',
            scales: [{unit: '%', min: 0, max: 100}]},
        {id: 'RETENTION', label: AJS.I18n.getText('cx-align.admin.kind.retention'), direction: 'HIGHER_IS_BETTER',
            scales: [{unit: '%', min: 0, max: 100}]},
        {id: 'ORDER_VOLUME', label: AJS.I18n.getText('cx-align.admin.kind.orders'), direction: 'HIGHER_IS_BETTER',
            freeUnit: true, scales: [{unit: 'orders', min: 0, max: null}], suggestions: ['orders', 'orders per month']},
        {id: 'SUPPORT_CONTACTS', label: AJS.I18n.getText('cx-align.admin.kind.contacts'),
            direction: 'LOWER_IS_BETTER', freeUnit: true, scales: [{unit: 'contacts', min: 0, max: null}],
            suggestions: ['contacts', 'contacts per month', 'tickets']},
        {id: 'REVENUE', label: AJS.I18n.getText('cx-align.admin.kind.revenue'), direction: 'HIGHER_IS_BETTER',
            freeUnit: true, scales: [{unit: 'USD', min: 0, max: null}], suggestions: ['USD', 'EUR', 'GBP']},
        {id: 'CUSTOM', label: AJS.I18n.getText('cx-align.admin.kind.custom'), direction: null,
            freeUnit: true, scales: [{unit: '', min: null, max: null}], suggestions: ['hours', 'days', '%']}
    ];

    var DIRECTIONS = [
        {id: 'HIGHER_IS_BETTER', arrow: '\u2191', label: AJS.I18n.getText('cx-align.admin.direction.higher')},
        {id: 'LOWER_IS_BETTER', arrow: '\u2193', label: AJS.I18n.getText('cx-align.admin.direction.lower')},
        {id: 'WITHIN_RANGE', arrow: '\u2194', label: AJS.I18n.getText('cx-align.admin.direction.range')}
    ];

    var STAGES = [
        {id: 'AWARENESS', label: AJS.I18n.getText('cx-align.admin.stage.awareness')},
        {id: 'CONSIDERATION', label: AJS.I18n.getText('cx-align.admin.stage.consideration')},
        {id: 'PURCHASE', label: AJS.I18n.getText('cx-align.admin.stage.purchase')},
        {id: 'ONBOARDING', label: AJS.I18n.getText('cx-align.admin.stage.onboarding')},
        {id: 'USAGE', label: AJS.I18n.getText('cx-align.admin.stage.usage')},
        {id: 'SUPPORT', label: AJS.I18n.getText('cx-align.admin.stage.support')},
        {id: 'RENEWAL', label: AJS.I18n.getText('cx-align.admin.stage.renewal')},
        {id: 'ADVOCACY', label: AJS.I18n.getText('cx-align.admin.stage.advocacy')}
    ];

    function find(list, id) {
        for (var i = 0; i < list.length; i++) {
            if (list[i].id === id) {
                return list[i];
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------------ DOM

    var dom = window.CXAlign.dom;
    var el = dom.el;
    var svg = dom.svg;
    var clear = dom.clear;

    function lozenge(text, type, extraClass) {
        return el('span', {className: 'aui-lozenge aui-lozenge-subtle' + (type ? ' aui-lozenge-' + type : '')
            + (extraClass ? ' ' + extraClass : '')}, text);
    }

    /** An AUI message (type: info, error, warning, success) with an optional title and action buttons. */
    function message(type, title, text, actions) {
        return el('div', {className: 'aui-message aui-message-' + type, role: type === 'error' ? 'alert' : null}, [
            title ? el('p', {className: 'title'}, el('strong', null, title)) : null,
            text ? el('p', null, text) : null,
            actions && actions.length ? el('p', {className: 'cx-message-actions'}, actions) : null
        ]);
    }

    function button(text, attrs) {
        var props = {type: 'button', className: 'aui-button'};
        Object.keys(attrs || {}).forEach(function (name) {
            props[name] = name === 'className' ? 'aui-button ' + attrs[name] : attrs[name];
        });
        return el('button', props, text);
    }

    function reloadButton() {
        var reload = button(AJS.I18n.getText('cx-align.admin.common.reload'), {className: 'cx-reload'});
        reload.addEventListener('click', function () {
            window.location.reload();
        });
        return reload;
    }

    /** An AUI flag; text is plain text (escaped here, since flag bodies are HTML). */
    function flag(type, text, withReload) {
        if (!AJS.flag) {
            return;
        }
        var body = AJS.escapeHtml(String(text));
        if (withReload) {
            body += '<ul class="aui-nav-actions-list"><li><a href="#" class="cx-flag-reload">'
                + AJS.escapeHtml(AJS.I18n.getText('cx-align.admin.common.reload')) + '</a></li></ul>';
        }
        AJS.flag({type: type, body: body, close: type === 'success' ? 'auto' : 'manual'});
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('.cx-flag-reload') : null;
        if (link) {
            event.preventDefault();
            window.location.reload();
        }
    });

    function dialog(id) {
        return AJS.dialog2(document.getElementById(id));
    }

    // --------------------------------------------------------------------------------------------------- format

    var numberFormat = new Intl.NumberFormat(undefined, {maximumFractionDigits: 6});

    function formatNumber(value) {
        return value === null || value === undefined ? '' : numberFormat.format(Number(value));
    }

    /** A value in its unit: "27%", "4.2 (score 1-5)", "1,250 orders", "32" for NPS. */
    function formatValue(value, unit) {
        if (value === null || value === undefined) {
            return '\u2014';
        }
        var number = formatNumber(value);
        if (!unit || unit === 'NPS') {
            return number;
        }
        if (unit === '%') {
            return number + '%';
        }
        return number + ' ' + unit;
    }

    /** yyyy-mm-dd as a readable day, e.g. "Mar 31, 2026" (the day as written; no time-zone shift). */
    function formatDay(iso) {
        if (!iso) {
            return '';
        }
        var parts = String(iso).split('-');
        var day = new Date(Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])));
        if (isNaN(day.getTime())) {
            return String(iso);
        }
        return day.toLocaleDateString(undefined, {year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC'});
    }

    function formatInstant(iso) {
        if (!iso) {
            return '';
        }
        var instant = new Date(iso);
        if (isNaN(instant.getTime())) {
            return String(iso);
        }
        return instant.toLocaleString(undefined, {year: 'numeric', month: 'short', day: 'numeric',
            hour: '2-digit', minute: '2-digit'});
    }

    /** Today in the browser's time zone as yyyy-mm-dd (what a date input holds). */
    function today() {
        var now = new Date();
        function two(n) {
            return n < 10 ? '0' + n : String(n);
        }
        return now.getFullYear() + '-' + two(now.getMonth() + 1) + '-' + two(now.getDate());
    }

    function directionElement(directionId) {
        var direction = find(DIRECTIONS, directionId);
        if (!direction) {
            return document.createTextNode(directionId || '');
        }
        return el('span', {className: 'cx-direction cx-direction-' + directionId.toLowerCase().replace(/_/g, '-')}, [
            el('span', {className: 'cx-direction-arrow', 'aria-hidden': 'true'}, direction.arrow),
            ' ', direction.label
        ]);
    }

    function kindLabel(kindId) {
        var kind = find(KINDS, kindId);
        return kind ? kind.label : kindId;
    }

    function stageLabel(stageId) {
        var stage = find(STAGES, stageId);
        return stage ? stage.label : '';
    }

    /** The values a metric accepts in its unit, in words ("from -100 to 100"), or '' when any value will do. */
    function scaleText(kindId, unit) {
        var kind = find(KINDS, kindId);
        if (!kind) {
            return '';
        }
        var scale = kind.scales[0];
        if (!kind.freeUnit) {
            kind.scales.forEach(function (candidate) {
                if (candidate.unit.toLowerCase() === String(unit || kind.scales[0].unit).toLowerCase()) {
                    scale = candidate;
                }
            });
        }
        if (scale.min !== null && scale.max !== null) {
            return AJS.I18n.getText('cx-align.admin.metric.scale.between', formatNumber(scale.min),
                formatNumber(scale.max));
        }
        if (scale.min !== null) {
            return AJS.I18n.getText('cx-align.admin.metric.scale.at-least', formatNumber(scale.min));
        }
        return AJS.I18n.getText('cx-align.admin.metric.scale.any');
    }

    // ------------------------------------------------------------------------------------------------- progress

    /**
     * How far the latest reading has come from the baseline toward the target, in the metric's direction.
     * state: none (no reading), worse (moved the wrong way), behind, reached; for ranges: inside or outside.
     */
    function progressOf(metric, latest) {
        if (latest === null || latest === undefined) {
            return {state: 'none', fraction: 0};
        }
        var value = Number(latest);
        if (metric.direction === 'WITHIN_RANGE') {
            var inside = value >= Number(metric.rangeLow) && value <= Number(metric.rangeHigh);
            return {state: inside ? 'inside' : 'outside', fraction: inside ? 1 : 0};
        }
        var baseline = Number(metric.baseline);
        var span = Number(metric.target) - baseline;
        var fraction = span === 0 ? 1 : (value - baseline) / span;
        if (fraction < 0) {
            return {state: 'worse', fraction: fraction};
        }
        return {state: fraction >= 1 ? 'reached' : 'behind', fraction: fraction};
    }

    function progressText(metric, progress) {
        switch (progress.state) {
            case 'none':
                return AJS.I18n.getText('cx-align.admin.progress.none');
            case 'worse':
                return AJS.I18n.getText('cx-align.admin.progress.worse');
            case 'reached':
                return AJS.I18n.getText('cx-align.admin.progress.reached');
            case 'inside':
                return AJS.I18n.getText('cx-align.admin.progress.inside');
            case 'outside':
                return AJS.I18n.getText('cx-align.admin.progress.outside');
            default:
                return AJS.I18n.getText('cx-align.admin.progress.percent', Math.round(progress.fraction * 100));
        }
    }

    /** A small bar: from the baseline (left) to the target (right), filled as far as the latest reading got. */
    function progressBar(metric, latest, progress) {
        var width = 120;
        var height = 8;
        var bar = svg('svg', {className: 'cx-progress-bar', width: width, height: height,
            viewBox: '0 0 ' + width + ' ' + height, 'aria-hidden': 'true', focusable: 'false'});
        bar.appendChild(svg('rect', {className: 'cx-progress-track', x: 0, y: 0, width: width, height: height,
            rx: height / 2}));
        if (metric.direction === 'WITHIN_RANGE') {
            var low = Number(metric.rangeLow);
            var high = Number(metric.rangeHigh);
            var values = [low, high, Number(metric.baseline)];
            if (latest !== null && latest !== undefined) {
                values.push(Number(latest));
            }
            var min = Math.min.apply(null, values);
            var max = Math.max.apply(null, values);
            var pad = (max - min) * 0.1 || 1;
            min -= pad;
            max += pad;
            var x = function (v) {
                return (v - min) / (max - min) * width;
            };
            bar.appendChild(svg('rect', {className: 'cx-progress-band', x: x(low), y: 0,
                width: Math.max(2, x(high) - x(low)), height: height, rx: 2}));
            if (latest !== null && latest !== undefined) {
                bar.appendChild(svg('circle', {className: 'cx-progress-marker', cx: x(Number(latest)),
                    cy: height / 2, r: height / 2}));
            }
            return bar;
        }
        var filled = Math.max(0, Math.min(1, progress.fraction)) * width;
        if (progress.state !== 'none' && progress.state !== 'worse') {
            bar.appendChild(svg('rect', {className: 'cx-progress-fill', x: 0, y: 0,
                width: Math.max(height, filled), height: height, rx: height / 2}));
        }
        return bar;
    }

    /** baseline → latest → target with the bar and a short verdict; latest may be null (no reading yet). */
    function progressElement(metric, latest) {
        var progress = progressOf(metric, latest);
        var verdict = progressText(metric, progress);
        var values = metric.direction === 'WITHIN_RANGE'
            ? [el('span', {className: 'cx-progress-baseline', title: AJS.I18n.getText('cx-align.admin.metric.baseline')},
                formatNumber(metric.baseline)),
                el('span', {className: 'cx-progress-arrow', 'aria-hidden': 'true'}, ' \u2192 '),
                el('strong', {className: 'cx-progress-latest', title: AJS.I18n.getText('cx-align.admin.progress.latest')},
                    latest === null || latest === undefined ? '\u2014' : formatNumber(latest)),
                el('span', {className: 'cx-progress-range'}, ' ' + AJS.I18n.getText('cx-align.admin.progress.range',
                    formatNumber(metric.rangeLow), formatNumber(metric.rangeHigh)))]
            : [el('span', {className: 'cx-progress-baseline', title: AJS.I18n.getText('cx-align.admin.metric.baseline')},
                formatNumber(metric.baseline)),
                el('span', {className: 'cx-progress-arrow', 'aria-hidden': 'true'}, ' \u2192 '),
                el('strong', {className: 'cx-progress-latest', title: AJS.I18n.getText('cx-align.admin.progress.latest')},
                    latest === null || latest === undefined ? '\u2014' : formatNumber(latest)),
                el('span', {className: 'cx-progress-arrow', 'aria-hidden': 'true'}, ' \u2192 '),
                el('span', {className: 'cx-progress-target', title: AJS.I18n.getText('cx-align.admin.metric.target')},
                    formatNumber(metric.target))];
        var unit = metric.unit && metric.unit !== 'NPS' ? el('span', {className: 'cx-unit'}, ' ' + metric.unit) : null;
        return el('div', {className: 'cx-progress cx-progress-' + progress.state, 'data-state': progress.state,
            'data-progress': progress.state === 'none' ? null : String(Math.round(progress.fraction * 100))}, [
            el('div', {className: 'cx-progress-values'}, [values, unit]),
            el('div', {className: 'cx-progress-visual', role: 'img', 'aria-label': verdict}, [
                progressBar(metric, latest, progress),
                el('span', {className: 'cx-progress-verdict', 'aria-hidden': 'true'}, verdict)
            ])
        ]);
    }

    // ----------------------------------------------------------------------------------------------------- REST

    /** An error of a REST call: status (0 when Jira could not be reached), message, fieldErrors. */
    function RestError(status, message, fieldErrors) {
        this.status = status;
        this.message = message;
        this.fieldErrors = fieldErrors || {};
    }

    /** The REST API under baseUrl: get(path), send(method, path, body). body: an object, or JSON text. */
    function api(baseUrl) {
        function call(method, path, body) {
            var headers = {'Accept': 'application/json'};
            var init = {method: method, headers: headers, credentials: 'same-origin'};
            if (method !== 'GET') {
                // REST v2 refuses state changes without it from forms; the page sends JSON anyway.
                headers['X-Atlassian-Token'] = 'no-check';
            }
            if (body !== undefined) {
                headers['Content-Type'] = 'application/json';
                init.body = typeof body === 'string' ? body : JSON.stringify(body);
            }
            return window.fetch(baseUrl + path, init).then(function (response) {
                return response.text().then(function (text) {
                    var data = null;
                    try {
                        data = text ? JSON.parse(text) : null;
                    } catch (notJson) {
                        data = null;
                    }
                    if (response.ok) {
                        return data;
                    }
                    throw new RestError(response.status, data && typeof data.message === 'string' ? data.message
                        : AJS.I18n.getText('cx-align.admin.common.error.status', response.status),
                        data && data.fieldErrors);
                });
            }, function () {
                throw new RestError(0, AJS.I18n.getText('cx-align.admin.common.error.network'), {});
            });
        }
        return {
            get: function (path) {
                return call('GET', path);
            },
            send: call
        };
    }

    /**
     * A JSON object with some members written as numbers exactly as typed (the server reads them as decimals, so
     * "12.30" or 18 significant digits arrive unchanged). numbers: member → validated numeric text or null.
     */
    function jsonWithNumbers(members, numbers) {
        var parts = [];
        Object.keys(members).forEach(function (name) {
            parts.push(JSON.stringify(name) + ':' + JSON.stringify(members[name]));
        });
        Object.keys(numbers).forEach(function (name) {
            parts.push(JSON.stringify(name) + ':' + (numbers[name] === null ? 'null' : numbers[name]));
        });
        return '{' + parts.join(',') + '}';
    }

    /** Reads a number field: {value: "12.5" | null} or {error: message}. A comma is taken as the decimal mark. */
    function readNumber(input) {
        var text = input.value.trim().replace(/\s/g, '');
        if (text === '') {
            return {value: null};
        }
        if (/^[-+]?\d+,\d+$/.test(text)) {
            text = text.replace(',', '.');
        }
        if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) {
            return {error: AJS.I18n.getText('cx-align.admin.common.error.number')};
        }
        text = text.replace(/^\+/, '').replace(/\.$/, '').replace(/^(-?)\./, '$10.');
        return {value: text};
    }

    // ---------------------------------------------------------------------------------------------------- forms

    function fieldGroup(form, field) {
        var groups = form.querySelectorAll('[data-field]');
        for (var i = 0; i < groups.length; i++) {
            if (groups[i].getAttribute('data-field') === field) {
                return groups[i];
            }
        }
        return null;
    }

    function clearErrors(form) {
        Array.prototype.forEach.call(form.querySelectorAll('.cx-field-error'), function (error) {
            error.parentNode.removeChild(error);
        });
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (input) {
            input.removeAttribute('aria-invalid');
        });
        var problem = form.querySelector('[data-problem]');
        if (problem) {
            clear(problem);
        }
    }

    /** Puts a message under the field (AUI's .error), marks its input invalid; false if the form has no such field. */
    function showFieldError(form, field, text) {
        var group = fieldGroup(form, field);
        if (!group) {
            return false;
        }
        var id = form.id + '-' + field.replace(/\W/g, '-') + '-error-' + group.querySelectorAll('.cx-field-error').length;
        group.appendChild(el('div', {className: 'error cx-field-error', id: id, 'data-error-for': field}, text));
        Array.prototype.forEach.call(group.querySelectorAll('input, select, textarea'), function (input) {
            if (!input.hidden) {
                input.setAttribute('aria-invalid', 'true');
                input.setAttribute('aria-errormessage', id);
            }
        });
        return true;
    }

    /**
     * A message above the form's fields, with a Reload button when the data changed under the admin (409), and the
     * problems that belong to no field of the form ({field, text}: "line 4: value", "goals[0].name") as a list.
     */
    function showProblem(form, text, conflict, problems) {
        var problem = form.querySelector('[data-problem]');
        if (!problem) {
            flag('error', text, conflict);
            return;
        }
        var box = conflict
            ? message('warning', AJS.I18n.getText('cx-align.admin.common.conflict.title'), text, [reloadButton()])
            : message('error', null, text);
        if (problems && problems.length) {
            box.appendChild(el('ul', {className: 'cx-problem-list'}, problems.map(function (item) {
                return el('li', {'data-error-for': item.field}, [el('span', {className: 'cx-problem-where'},
                    item.field), ' ', item.text]);
            })));
        }
        clear(problem).appendChild(box);
        if (problem.scrollIntoView) {
            problem.scrollIntoView({block: 'nearest'});
        }
    }

    /**
     * Shows a failed save in the form: each field error next to its field (errors for fields the form lacks go
     * into the message above), a 409 as "someone else changed this; reload".
     */
    function showErrors(form, error) {
        clearErrors(form);
        if (!(error instanceof RestError)) {
            showProblem(form, AJS.I18n.getText('cx-align.admin.common.error.unexpected'), false);
            window.setTimeout(function () {
                throw error;
            });
            return;
        }
        if (error.status === 409) {
            showProblem(form, error.message, true);
            return;
        }
        var unplaced = [];
        Object.keys(error.fieldErrors).forEach(function (field) {
            var text = error.fieldErrors[field];
            var entry = /^([A-Za-z]+)\[(\d+)\]$/.exec(field);
            if (showFieldError(form, field, text)) {
                return;
            }
            if (entry && showFieldError(form, entry[1],
                    AJS.I18n.getText('cx-align.admin.common.error.entry', Number(entry[2]) + 1, text))) {
                return;
            }
            unplaced.push({field: field, text: text});
        });
        showProblem(form, error.message, false, unplaced);
        var first = form.querySelector('[aria-invalid="true"]');
        if (first && first.focus) {
            first.focus();
        }
    }

    /** Disables the button while the promise runs. */
    function busy(buttonElement, promise) {
        buttonElement.disabled = true;
        buttonElement.setAttribute('aria-busy', 'true');
        function done() {
            buttonElement.disabled = false;
            buttonElement.removeAttribute('aria-busy');
        }
        promise.then(done, done);
        return promise;
    }

    /** Reports a failed action that has no form: a flag, with Reload for conflicts. */
    function actionFailed(error) {
        if (error instanceof RestError) {
            flag('error', error.message, error.status === 409);
        } else {
            flag('error', AJS.I18n.getText('cx-align.admin.common.error.unexpected'), false);
            window.setTimeout(function () {
                throw error;
            });
        }
    }

    /** Runs fn when the page is ready and has the element with this id (each page's script runs on its own page). */
    function onPage(id, fn) {
        function start() {
            var root = document.getElementById(id);
            if (root) {
                fn(root);
            }
        }
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }

    /** Reads a chosen file as text. */
    function readFile(file) {
        return new Promise(function (resolve, reject) {
            var reader = new FileReader();
            reader.onload = function () {
                resolve(String(reader.result));
            };
            reader.onerror = function () {
                reject(reader.error);
            };
            reader.readAsText(file);
        });
    }

    /**
     * Wires a page's buttons: clicks on [data-action] elements under root run actions[name](trigger); the buttons
     * with addIds run onAdd(); every .cx-dialog-cancel button closes its dialog.
     */
    function wireActions(root, actions, addIds, onAdd) {
        root.addEventListener('click', function (event) {
            var trigger = event.target.closest ? event.target.closest('[data-action]') : null;
            if (trigger && actions[trigger.getAttribute('data-action')] && !trigger.disabled) {
                event.preventDefault();
                actions[trigger.getAttribute('data-action')](trigger);
            }
        });
        addIds.forEach(function (id) {
            document.getElementById(id).addEventListener('click', function () {
                onAdd();
            });
        });
        Array.prototype.forEach.call(document.querySelectorAll('.cx-dialog-cancel'), function (cancel) {
            cancel.addEventListener('click', function () {
                AJS.dialog2(cancel.closest('.aui-dialog2')).hide();
            });
        });
    }

    window.CXAlign = window.CXAlign || {};
    window.CXAlign.catalog = {
        KINDS: KINDS,
        DIRECTIONS: DIRECTIONS,
        STAGES: STAGES,
        find: find,
        el: el,
        clear: clear,
        lozenge: lozenge,
        message: message,
        button: button,
        reloadButton: reloadButton,
        flag: flag,
        dialog: dialog,
        formatNumber: formatNumber,
        formatValue: formatValue,
        formatDay: formatDay,
        formatInstant: formatInstant,
        today: today,
        directionElement: directionElement,
        kindLabel: kindLabel,
        stageLabel: stageLabel,
        scaleText: scaleText,
        progressOf: progressOf,
        progressElement: progressElement,
        RestError: RestError,
        api: api,
        jsonWithNumbers: jsonWithNumbers,
        readNumber: readNumber,
        clearErrors: clearErrors,
        showFieldError: showFieldError,
        showProblem: showProblem,
        showErrors: showErrors,
        busy: busy,
        actionFailed: actionFailed,
        onPage: onPage,
        readFile: readFile,
        wireActions: wireActions
    };
}(window, document));
