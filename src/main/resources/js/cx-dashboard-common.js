/*
 * CX Align dashboard items ("CX mission alignment", "Feedback loop closure"): what both share. AMD module
 * 'cx-align/dashboard/common'. Data comes from /rest/cx-align/1.0/dashboard/...; nothing polls: an item fetches
 * when Jira renders it, when the user presses its refresh button and when Jira's dashboard refreshes it.
 * User text goes into the page only through textContent and attributes, never as HTML.
 * Jira's jsI18n transformer replaces AJS.I18n.getText('...') with the translated text.
 */
define('cx-align/dashboard/common', [], function () {
    'use strict';

    var SVG = window.CXAlign.dom.SVG;
    var REST = '/rest/cx-align/1.0';

    /** The periods an item can show ("since"), as saved in the preferences. */
    var PERIODS = [
        {id: '30', label: AJS.I18n.getText('cx-align.dashboard-item.period.30')},
        {id: '90', label: AJS.I18n.getText('cx-align.dashboard-item.period.90')},
        {id: '365', label: AJS.I18n.getText('cx-align.dashboard-item.period.365')},
        {id: 'all', label: AJS.I18n.getText('cx-align.dashboard-item.period.all')}
    ];

    /** Jira's context path: from AJS where Jira provides it, else from the meta tag Jira writes into every page. */
    function contextPath() {
        if (typeof AJS.contextPath === 'function' && AJS.contextPath()) {
            return AJS.contextPath();
        }
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    // ------------------------------------------------------------------------------------------------------ DOM

    var dom = window.CXAlign.dom;
    var el = dom.el;
    var svg = dom.svg;
    var clear = dom.clear;

    /** A visually hidden table for screen readers: caption, header cells, rows of cells (text). */
    function assistiveTable(className, caption, headers, rows) {
        return el('table', {className: 'assistive cx-dash-sr-table ' + className}, [
            el('caption', null, caption),
            el('thead', null, el('tr', null, headers.map(function (header) {
                return el('th', {scope: 'col'}, header);
            }))),
            el('tbody', null, rows.map(function (row) {
                return el('tr', null, row.map(function (cell, i) {
                    return i === 0 ? el('th', {scope: 'row'}, cell) : el('td', null, cell);
                }));
            }))
        ]);
    }

    function number(value) {
        if (value === null || value === undefined) {
            return '';
        }
        var n = Number(value);
        return isNaN(n) ? String(value) : n.toLocaleString('en-US', {maximumFractionDigits: 2});
    }

    /** 'YYYY-MM-DD' → 'Sep 30, 2026' (as Jira's panel shows days); anything else unchanged. */
    function day(iso) {
        if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) {
            return iso || '';
        }
        var parts = iso.substring(0, 10).split('-');
        var date = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]));
        return date.toLocaleDateString('en-US', {month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC'});
    }

    // ------------------------------------------------------------------------------------------ preferences

    /** Preferences as Jira keeps them (strings), with defaults. */
    function preferences(saved) {
        saved = saved || {};
        return {
            projects: saved.projects ? String(saved.projects) : '',
            goal: saved.goal ? String(saved.goal) : '',
            channel: saved.channel ? String(saved.channel) : '',
            since: saved.since ? String(saved.since) : '90',
            isConfigured: saved.isConfigured === true || saved.isConfigured === 'true'
        };
    }

    /** The "since" day for a period id: today minus the days, as YYYY-MM-DD; null for all time. */
    function sinceDay(period, today) {
        var days = parseInt(period, 10);
        if (isNaN(days)) {
            return null;
        }
        var date = today ? new Date(today.getTime()) : new Date();
        date.setDate(date.getDate() - days);
        var month = String(date.getMonth() + 1);
        var dayOfMonth = String(date.getDate());
        return date.getFullYear() + '-' + (month.length < 2 ? '0' : '') + month + '-'
            + (dayOfMonth.length < 2 ? '0' : '') + dayOfMonth;
    }

    function periodLabel(id) {
        for (var i = 0; i < PERIODS.length; i++) {
            if (PERIODS[i].id === id) {
                return PERIODS[i].label;
            }
        }
        return PERIODS[1].label;
    }

    // ----------------------------------------------------------------------------------------------- fetch

    /** GETs JSON; rejects with {status, message} where message is the error body's, or a general one. */
    function getJson(path, params) {
        var query = Object.keys(params || {}).filter(function (name) {
            return params[name] !== null && params[name] !== undefined && params[name] !== '';
        }).map(function (name) {
            return encodeURIComponent(name) + '=' + encodeURIComponent(params[name]);
        }).join('&');
        var url = contextPath() + path + (query ? '?' + query : '');
        return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.text().then(function (text) {
                    var body = null;
                    try {
                        body = text ? JSON.parse(text) : null;
                    } catch (ignored) {
                        body = null;
                    }
                    if (!response.ok) {
                        throw {status: response.status, message: errorMessage(response.status, body)};
                    }
                    return body;
                });
            }, function () {
                throw {status: 0, message: AJS.I18n.getText('cx-align.dashboard-item.error.network')};
            });
    }

    function errorMessage(status, body) {
        if (body && typeof body.message === 'string' && body.message) {
            var fields = body.fieldErrors ? Object.keys(body.fieldErrors).map(function (field) {
                return body.fieldErrors[field];
            }) : [];
            return [body.message].concat(fields).join(' ');
        }
        if (status === 401) {
            return AJS.I18n.getText('cx-align.dashboard-item.error.login');
        }
        return AJS.I18n.getText('cx-align.dashboard-item.error.general', status);
    }

    function rest(path, params) {
        return getJson(REST + path, params);
    }

    /** The projects the user may browse, from Jira's own REST API: [{id, key, name}]. */
    function projects() {
        return getJson('/rest/api/2/project', null).then(function (list) {
            return (list || []).map(function (project) {
                return {id: String(project.id), key: project.key, name: project.name};
            });
        });
    }

    // ---------------------------------------------------------------------------------------------- states

    /** The item's frame: a toolbar (what it shows, refresh button) and a body; returns {body, status}. */
    function frame(context, itemClass, summaryText, onRefresh) {
        clear(context);
        var refresh = el('button', {type: 'button', className: 'aui-button aui-button-subtle cx-dash-refresh',
            title: AJS.I18n.getText('cx-align.dashboard-item.refresh')}, [
            el('span', {className: 'aui-icon aui-icon-small aui-iconfont-refresh', 'aria-hidden': 'true'}),
            ' ', AJS.I18n.getText('cx-align.dashboard-item.refresh')
        ]);
        refresh.addEventListener('click', onRefresh);
        var status = el('span', {className: 'assistive cx-dash-status', role: 'status', 'aria-live': 'polite'});
        var body = el('div', {className: 'cx-dash-body'});
        context.appendChild(el('div', {className: 'cx-dash ' + itemClass}, [
            el('div', {className: 'cx-dash-toolbar'}, [
                el('span', {className: 'cx-dash-scope'}, summaryText), refresh, status
            ]),
            body
        ]));
        return {body: body, status: status, refresh: refresh};
    }

    /**
     * Shows an item: reads its saved settings into {@code item.prefs}, draws its frame with the scope line (period,
     * projects and, from {@code extraScope(prefs)}, anything else it filters by) into {@code item.parts}, and has
     * Jira's dashboard refresh (and its refresh interval, if a user ever sets one) render the item again.
     * {@code load} is what the refresh button runs.
     */
    function show(item, context, saved, itemClass, extraScope, load) {
        var prefs = preferences(saved);
        var scope = [periodLabel(prefs.since), prefs.projects
            ? AJS.I18n.getText('cx-align.dashboard-item.scope.projects', prefs.projects.split(',').length)
            : AJS.I18n.getText('cx-align.dashboard-item.scope.all-projects')];
        var extra = extraScope ? extraScope(prefs) : null;
        if (extra) {
            scope.push(extra);
        }
        item.context = context;
        item.prefs = prefs;
        item.parts = frame(context, itemClass, scope.join(' \u00b7 '), load);
        if (typeof item.API.initRefresh === 'function') {
            item.API.initRefresh(saved || {}, function () {
                item.render(context, saved);
            });
        }
    }

    function loading(body) {
        clear(body);
        body.appendChild(el('div', {className: 'cx-dash-loading'}, [
            el('aui-spinner', {size: 'small'}), ' ', AJS.I18n.getText('cx-align.dashboard-item.loading')
        ]));
    }

    /** An error message (the server's text) with a retry button. */
    function error(body, problem, onRetry) {
        clear(body);
        var retry = el('button', {type: 'button', className: 'aui-button cx-dash-retry'},
            AJS.I18n.getText('cx-align.dashboard-item.retry'));
        retry.addEventListener('click', onRetry);
        body.appendChild(el('div', {className: 'aui-message aui-message-error cx-dash-error', role: 'alert',
            'data-status': problem.status}, [
            el('p', {className: 'title'}, el('strong', null, AJS.I18n.getText('cx-align.dashboard-item.error.title'))),
            el('p', {className: 'cx-dash-error-message'}, problem.message),
            el('p', null, retry)
        ]));
    }

    /** What to do when there is nothing to show yet: a heading and steps. */
    function empty(body, title, steps) {
        clear(body);
        body.appendChild(el('div', {className: 'cx-dash-empty'}, [
            el('h4', null, title),
            el('ol', null, steps.map(function (step) {
                return el('li', null, step);
            }))
        ]));
    }

    /** A heading inside an item. */
    function heading(text, id) {
        return el('h4', {className: 'cx-dash-heading', id: id}, text);
    }

    /** A list of issues (key as a link to the issue, summary, detail) with "show more" when there are more. */
    function issueList(className, page, emptyText, onMore) {
        var list = el('ul', {className: 'cx-dash-issues ' + className});
        if (!page || !page.issues || page.issues.length === 0) {
            return el('p', {className: 'cx-dash-quiet ' + className}, emptyText);
        }
        page.issues.forEach(function (issue) {
            list.appendChild(el('li', {'data-key': issue.key}, [
                el('a', {className: 'cx-dash-issue-key', href: contextPath() + '/browse/' + encodeURIComponent(issue.key)},
                    issue.key),
                ' ', el('span', {className: 'cx-dash-issue-summary'}, issue.summary),
                issue.detail ? el('span', {className: 'cx-dash-issue-detail'}, issue.detail) : null
            ]));
        });
        var shown = page.start + page.issues.length;
        var wrap = el('div', null, list);
        if (shown < page.total && onMore) {
            var more = el('button', {type: 'button', className: 'aui-button aui-button-link cx-dash-more'},
                AJS.I18n.getText('cx-align.dashboard-item.more', shown, page.total));
            more.addEventListener('click', function () {
                onMore(shown);
            });
            wrap.appendChild(more);
        }
        return wrap;
    }

    // ----------------------------------------------------------------------------------------------- forms

    /** The edit view's projects field: checkboxes of the user's projects, or a text field of ids if Jira won't say. */
    function projectsField(group, selected) {
        var ids = selected ? selected.split(',').filter(Boolean) : [];
        var holder = el('fieldset', {className: 'group cx-dash-projects'}, [
            el('legend', null, el('span', null, AJS.I18n.getText('cx-align.dashboard-item.edit.projects')))
        ]);
        group.appendChild(holder);
        var field = {value: function () {
            return ids.join(',');
        }};
        var status = el('div', {className: 'description'}, AJS.I18n.getText('cx-align.dashboard-item.loading'));
        holder.appendChild(status);
        field.ready = projects().then(function (list) {
            holder.removeChild(status);
            if (list.length === 0) {
                holder.appendChild(el('div', {className: 'description'},
                    AJS.I18n.getText('cx-align.dashboard-item.edit.projects.none')));
                return;
            }
            var boxes = list.map(function (project) {
                var id = 'cx-dash-project-' + Math.random().toString(36).slice(2) + '-' + project.id;
                var box = el('input', {type: 'checkbox', className: 'checkbox', id: id, value: project.id,
                    checked: ids.indexOf(project.id) >= 0, 'data-key': project.key});
                holder.appendChild(el('div', {className: 'checkbox'}, [
                    box, el('label', {'for': id}, project.name + ' (' + project.key + ')')
                ]));
                return box;
            });
            holder.appendChild(el('div', {className: 'description'},
                AJS.I18n.getText('cx-align.dashboard-item.edit.projects.help')));
            field.value = function () {
                return boxes.filter(function (box) {
                    return box.checked;
                }).map(function (box) {
                    return box.value;
                }).join(',');
            };
        }, function () {
            holder.removeChild(status);
            var id = 'cx-dash-project-ids-' + Math.random().toString(36).slice(2);
            var input = el('input', {type: 'text', className: 'text cx-dash-project-ids', id: id, value: ids.join(', ')});
            holder.appendChild(el('label', {'for': id, className: 'assistive'},
                AJS.I18n.getText('cx-align.dashboard-item.edit.projects')));
            holder.appendChild(input);
            holder.appendChild(el('div', {className: 'description'},
                AJS.I18n.getText('cx-align.dashboard-item.edit.projects.ids')));
            field.value = function () {
                return input.value.split(/[\s,]+/).filter(function (part) {
                    return /^\d+$/.test(part);
                }).join(',');
            };
        });
        return field;
    }

    /** A select field in an AUI form: options [{id, label}], the first one the "any" choice. */
    function selectField(form, name, label, options, value) {
        var id = 'cx-dash-' + name + '-' + Math.random().toString(36).slice(2);
        var select = el('select', {className: 'select cx-dash-' + name, id: id, name: name},
            options.map(function (option) {
                return el('option', {value: option.id, selected: option.id === value}, option.label);
            }));
        form.appendChild(el('div', {className: 'field-group'}, [el('label', {'for': id}, label), select]));
        return select;
    }

    /**
     * The edit view: an AUI form with the fields {@code build} adds, Save and Cancel. Save hands the preferences
     * (all strings, isConfigured "true") to API.savePreferences; Jira then renders the item again.
     */
    function editForm(API, context, itemClass, build) {
        clear(context);
        var form = el('form', {className: 'aui cx-dash-edit ' + itemClass, action: '#'});
        var fields = build(form);
        var save = el('button', {type: 'submit', className: 'aui-button aui-button-primary cx-dash-save'},
            AJS.I18n.getText('cx-align.dashboard-item.edit.save'));
        var cancel = el('button', {type: 'button', className: 'aui-button aui-button-link cx-dash-cancel'},
            AJS.I18n.getText('cx-align.dashboard-item.edit.cancel'));
        form.appendChild(el('div', {className: 'buttons-container'}, el('div', {className: 'buttons'}, [save, cancel])));
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var prefs = fields();
            prefs.isConfigured = 'true';
            API.savePreferences(prefs);
        });
        cancel.addEventListener('click', function () {
            API.closeEdit();
        });
        context.appendChild(form);
        if (API.resize) {
            API.resize();
        }
        return form;
    }

    return {
        SVG: SVG,
        PERIODS: PERIODS,
        contextPath: contextPath,
        el: el,
        svg: svg,
        clear: clear,
        assistiveTable: assistiveTable,
        number: number,
        day: day,
        preferences: preferences,
        sinceDay: sinceDay,
        periodLabel: periodLabel,
        rest: rest,
        projects: projects,
        show: show,
        loading: loading,
        error: error,
        empty: empty,
        heading: heading,
        issueList: issueList,
        projectsField: projectsField,
        selectField: selectField,
        editForm: editForm
    };
});
