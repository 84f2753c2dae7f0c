/*
 * CX Align on Jira's create, edit and transition screens: the CX Metric field offers only the metrics linked to the
 * chosen CX Goal, and says so when the metric already chosen does not measure the goal. The choices come from
 * /rest/cx-align/1.0/initiatives/metric-choices, asked once per page and only when someone uses a custom select
 * field, so pages without the CX fields cost nothing. This is help for people, not the safeguard: the workflow check
 * "Aligned to goal and metric" enforces the same rule on the server.
 */
(function (window, document) {
    'use strict';

    var NO_CHOICE = ['', '-1'];
    var pending = null;

    /** Jira's context path: from AJS where Jira provides it, else from the meta tag Jira writes into every page. */
    function contextPath() {
        if (window.AJS && typeof window.AJS.contextPath === 'function' && window.AJS.contextPath()) {
            return window.AJS.contextPath();
        }
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    /** The choices, fetched once; a failed request is forgotten so that the next use asks again. */
    function choices() {
        if (!pending) {
            pending = window.fetch(contextPath() + '/rest/cx-align/1.0/initiatives/metric-choices', {
                credentials: 'same-origin',
                headers: {Accept: 'application/json'}
            }).then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            }).catch(function () {
                pending = null;
                return null;
            });
        }
        return pending;
    }

    function isCustomSelect(element) {
        return element && element.tagName === 'SELECT' && /^customfield_\d+$/.test(element.name || '');
    }

    function showHint(metric, text) {
        var id = (metric.id || metric.name) + '-cx-metric-hint';
        var hint = document.getElementById(id);
        if (!text) {
            if (hint) {
                hint.parentNode.removeChild(hint);
            }
            return;
        }
        if (!hint) {
            hint = document.createElement('div');
            hint.id = id;
            hint.className = 'description cx-metric-hint';
            metric.parentNode.insertBefore(hint, metric.nextSibling);
        }
        hint.textContent = text;
    }

    /** Shows only the goal's metrics in the metric field of the same form. */
    function narrow(data, scope) {
        var goal = scope.querySelector('select[name="' + data.goalField + '"]');
        var metric = scope.querySelector('select[name="' + data.metricField + '"]');
        if (!goal || !metric) {
            return;
        }
        var allowed = data.metricsByGoalOption[goal.value];
        var chosenFits = true;
        for (var i = 0; i < metric.options.length; i++) {
            var option = metric.options[i];
            var fits = NO_CHOICE.indexOf(option.value) >= 0 || !allowed
                || allowed.indexOf(Number(option.value)) >= 0;
            if (option.selected && !fits) {
                // Kept as it is: a disabled option would not be sent with the form, and the value would be lost.
                chosenFits = false;
                fits = true;
            }
            option.hidden = !fits;
            option.disabled = !fits;
        }
        var selected = metric.options[metric.selectedIndex];
        showHint(metric, chosenFits ? null : AJS.I18n.getText('cx-align.metric-choice.not-for-goal',
            selected ? selected.text : '', data.goalNames[goal.value] || ''));
    }

    function onUse(event) {
        var element = event.target;
        if (!isCustomSelect(element)) {
            return;
        }
        choices().then(function (data) {
            if (data && data.goalField && data.metricField
                    && (element.name === data.goalField || element.name === data.metricField)) {
                narrow(data, element.form || document);
            }
        });
    }

    // Captured on the document, so that dialogs Jira adds later (quick create, inline edit) are covered too.
    document.addEventListener('focusin', onUse, true);
    document.addEventListener('change', onUse, true);
}(window, document));
