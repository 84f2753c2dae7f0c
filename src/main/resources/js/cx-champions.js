/*
 * CX Align → Champions: the roster of CX champions per department, with each term's start and end so that rotation
 * stays visible; add, change, end and delete terms. Data comes from and goes to the REST API.
 */
(function (window, document) {
    'use strict';

    var cx = window.CXAlign.catalog;
    var el = cx.el;

    cx.onPage('cx-champions', function (root) {
        var rest = cx.api(root.getAttribute('data-rest-url'));
        var state = {terms: []};
        var today = cx.today();

        function status(term) {
            if (term.startsOn > today) {
                return 'upcoming';
            }
            if (term.endsOn && term.endsOn < today) {
                return 'ended';
            }
            return 'active';
        }

        function statusLozenge(term) {
            switch (status(term)) {
                case 'upcoming':
                    return cx.lozenge(AJS.I18n.getText('cx-align.admin.champions.status.upcoming'), 'new');
                case 'ended':
                    return cx.lozenge(AJS.I18n.getText('cx-align.admin.champions.status.ended'), null);
                default:
                    return cx.lozenge(AJS.I18n.getText('cx-align.admin.champions.status.active'), 'success');
            }
        }

        function termById(id) {
            return state.terms.filter(function (term) {
                return term.id === Number(id);
            })[0];
        }

        function load() {
            return rest.get('/champions').then(function (terms) {
                state.terms = terms;
                render();
            }, function (error) {
                cx.clear(document.getElementById('cx-champions-messages')).appendChild(cx.message('error',
                    AJS.I18n.getText('cx-align.admin.common.error.load'), error.message, [cx.reloadButton()]));
            }).then(function () {
                document.getElementById('cx-champions-loading').hidden = true;
                document.getElementById('cx-champion-add').disabled = false;
                root.setAttribute('aria-busy', 'false');
            });
        }

        function render() {
            document.getElementById('cx-champions-empty').hidden = state.terms.length > 0;
            var roster = cx.clear(document.getElementById('cx-champions-roster'));
            var departments = [];
            var byDepartment = {};
            state.terms.forEach(function (term) {
                var key = term.department.toLowerCase();
                if (!byDepartment[key]) {
                    byDepartment[key] = {name: term.department, terms: []};
                    departments.push(key);
                }
                byDepartment[key].terms.push(term);
            });
            var suggestions = cx.clear(document.getElementById('cx-champion-departments'));
            departments.forEach(function (key) {
                var department = byDepartment[key];
                suggestions.appendChild(el('option', {value: department.name}));
                var active = department.terms.filter(function (term) {
                    return status(term) === 'active';
                }).length;
                roster.appendChild(el('section', {className: 'cx-card cx-department', 'data-department': department.name}, [
                    el('div', {className: 'cx-card-header'}, [
                        el('h2', null, department.name),
                        active ? el('span', {className: 'cx-card-meta cx-department-active'},
                            AJS.I18n.getText('cx-align.admin.champions.active-count', active))
                            : cx.lozenge(AJS.I18n.getText('cx-align.admin.champions.none-active'), 'moved',
                                'cx-department-none')
                    ]),
                    el('table', {className: 'aui cx-champion-table'}, [
                        el('thead', null, el('tr', null, [
                            el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.champions.user')),
                            el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.champions.starts')),
                            el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.champions.ends')),
                            el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.champions.status')),
                            el('th', {scope: 'col', className: 'cx-col-actions'}, el('span', {className: 'assistive'},
                                AJS.I18n.getText('cx-align.admin.common.actions')))
                        ])),
                        el('tbody', null, department.terms.map(termRow))
                    ])
                ]));
            });
        }

        function termRow(term) {
            var actions = [cx.button(AJS.I18n.getText('cx-align.admin.common.edit'), {
                className: 'aui-button-link cx-champion-edit', 'data-action': 'edit', 'data-term-id': term.id})];
            if (!term.endsOn && status(term) === 'active') {
                actions.push(cx.button(AJS.I18n.getText('cx-align.admin.champions.end'), {
                    className: 'aui-button-link cx-champion-end', 'data-action': 'end', 'data-term-id': term.id}));
            }
            actions.push(cx.button(AJS.I18n.getText('cx-align.admin.champions.delete'), {
                className: 'aui-button-link cx-champion-delete', 'data-action': 'delete', 'data-term-id': term.id}));
            return el('tr', {className: 'cx-champion cx-champion-' + status(term), 'data-term-id': term.id}, [
                el('td', {className: 'cx-champion-user'}, term.userKey),
                el('td', {className: 'cx-nowrap'}, cx.formatDay(term.startsOn)),
                el('td', {className: 'cx-nowrap cx-champion-ends'}, term.endsOn ? cx.formatDay(term.endsOn)
                    : el('span', {className: 'cx-metric-meta'}, AJS.I18n.getText('cx-align.admin.champions.open'))),
                el('td', null, statusLozenge(term)),
                el('td', {className: 'cx-col-actions'}, el('div', {className: 'cx-row-actions cx-row-actions-inline'},
                    actions))
            ]);
        }

        // ------------------------------------------------------------------------------------------- dialog

        var dialog = cx.dialog('cx-champion-dialog');
        var form = document.getElementById('cx-champion-form');
        var fields = {
            userKey: document.getElementById('cx-champion-user'),
            department: document.getElementById('cx-champion-department'),
            startsOn: document.getElementById('cx-champion-starts'),
            endsOn: document.getElementById('cx-champion-ends')
        };
        var editing = null;

        function open(term) {
            editing = term;
            cx.clearErrors(form);
            var title = document.getElementById('cx-champion-dialog-title');
            title.textContent = title.getAttribute(term ? 'data-edit' : 'data-add');
            fields.userKey.value = term ? term.userKey : '';
            fields.department.value = term ? term.department : '';
            fields.startsOn.value = term ? term.startsOn : today;
            fields.endsOn.value = term && term.endsOn ? term.endsOn : '';
            dialog.show();
            fields.userKey.focus();
        }

        function body(term, endsOn) {
            var result = {
                userKey: term.userKey,
                department: term.department,
                startsOn: term.startsOn || null,
                endsOn: endsOn || null
            };
            if (term.version !== undefined) {
                result.version = term.version;
            }
            return result;
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            cx.clearErrors(form);
            var term = {
                userKey: fields.userKey.value.trim(),
                department: fields.department.value.trim(),
                startsOn: fields.startsOn.value
            };
            if (editing) {
                term.version = editing.version;
            }
            var saving = editing
                ? rest.send('PUT', '/champions/' + editing.id, body(term, fields.endsOn.value))
                : rest.send('POST', '/champions', body(term, fields.endsOn.value));
            cx.busy(document.getElementById('cx-champion-save'), saving.then(function (saved) {
                dialog.hide();
                cx.flag('success', AJS.I18n.getText('cx-align.admin.champions.saved', saved.userKey, saved.department));
                return load();
            }, function (error) {
                cx.showErrors(form, error);
            }));
        });

        var deleteDialog = cx.dialog('cx-champion-delete-dialog');
        var deleteForm = document.getElementById('cx-champion-delete-form');
        var deleting = null;

        deleteForm.addEventListener('submit', function (event) {
            event.preventDefault();
            cx.clearErrors(deleteForm);
            cx.busy(document.getElementById('cx-champion-delete-confirm'),
                rest.send('DELETE', '/champions/' + deleting.id + '?version=' + deleting.version).then(function () {
                    deleteDialog.hide();
                    cx.flag('success', AJS.I18n.getText('cx-align.admin.champions.deleted', deleting.userKey,
                        deleting.department));
                    return load();
                }, function (error) {
                    cx.showErrors(deleteForm, error);
                }));
        });

        var actions = {
            edit: function (trigger) {
                open(termById(trigger.getAttribute('data-term-id')));
            },
            end: function (trigger) {
                var term = termById(trigger.getAttribute('data-term-id'));
                cx.busy(trigger, rest.send('PUT', '/champions/' + term.id, body(term, today)).then(function () {
                    cx.flag('success', AJS.I18n.getText('cx-align.admin.champions.ended', term.userKey,
                        term.department));
                    return load();
                }, cx.actionFailed));
            },
            'delete': function (trigger) {
                deleting = termById(trigger.getAttribute('data-term-id'));
                cx.clearErrors(deleteForm);
                document.getElementById('cx-champion-delete-text').textContent = AJS.I18n.getText(
                    'cx-align.admin.champions.delete.text', deleting.userKey, deleting.department,
                    cx.formatDay(deleting.startsOn));
                deleteDialog.show();
            }
        };

        cx.wireActions(root, actions, ['cx-champion-add', 'cx-champion-add-empty'], function () {
            open(null);
        });

        load();
    });
}(window, document));
