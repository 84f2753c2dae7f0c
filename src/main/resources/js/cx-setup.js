/*
 * CX Align → CX setup: what CX Align made in Jira (its issue types, link type and fields, and whether each is still
 * there), and "Set up a CX project", which adds the CX issue types and fields to a project's scheme and screens and
 * says in plain words what that changed; and the CX workflows, each either offered for download filled in with this
 * Jira's status ids or with the statuses to create first. Data comes from and goes to the REST API (/setup,
 * /setup/workflows). Built on the catalogue pages' helpers (cx-catalog-common.js); user text goes into the page
 * only as text.
 */
(function (window, document) {
    'use strict';

    var cx = window.CXAlign.catalog;
    var el = cx.el;

    var KINDS = {
        issueType: AJS.I18n.getText('cx-align.admin.setup.kind.issue-type'),
        linkType: AJS.I18n.getText('cx-align.admin.setup.kind.link-type'),
        field: AJS.I18n.getText('cx-align.admin.setup.kind.field')
    };

    /** "A", "A and B", "A, B and C" in the browser's language (plain ", " where Intl.ListFormat is missing). */
    function inWords(names) {
        if (window.Intl && Intl.ListFormat) {
            return new Intl.ListFormat(undefined, {style: 'long', type: 'conjunction'}).format(names);
        }
        return names.join(', ');
    }

    /** What Jira has of one object: present, missing (made once, deleted since) or not made yet. */
    function stateOf(item) {
        if (item.present) {
            return 'present';
        }
        return item.jiraId === null || item.jiraId === undefined ? 'never' : 'missing';
    }

    function stateLozenge(state) {
        switch (state) {
            case 'present':
                return cx.lozenge(AJS.I18n.getText('cx-align.admin.setup.state.present'), 'success', 'cx-setup-state');
            case 'missing':
                return cx.lozenge(AJS.I18n.getText('cx-align.admin.setup.state.missing'), 'removed', 'cx-setup-state');
            default:
                return cx.lozenge(AJS.I18n.getText('cx-align.admin.setup.state.never'), 'moved', 'cx-setup-state');
        }
    }

    cx.onPage('cx-setup', function (root) {
        var rest = cx.api(root.getAttribute('data-rest-url'));
        var form = document.getElementById('cx-setup-form');
        var projectSelect = document.getElementById('cx-setup-project-key');
        var save = document.getElementById('cx-setup-save');
        var report = document.getElementById('cx-setup-report');

        function renderObjects(items) {
            var missing = items.filter(function (item) {
                return stateOf(item) !== 'present';
            }).length;
            cx.clear(document.getElementById('cx-setup-objects')).appendChild(el('div', null, [
                missing ? cx.message('warning', null, AJS.I18n.getText('cx-align.admin.setup.made.missing', missing))
                    : null,
                el('table', {className: 'aui cx-setup-table', id: 'cx-setup-table'}, [
                    el('thead', null, el('tr', null, [
                        el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.setup.kind')),
                        el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.setup.name')),
                        el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.setup.jira-id')),
                        el('th', {scope: 'col'}, AJS.I18n.getText('cx-align.admin.setup.state'))
                    ])),
                    el('tbody', null, items.map(function (item) {
                        var state = stateOf(item);
                        return el('tr', {className: 'cx-setup-object cx-setup-' + state, 'data-kind': item.kind,
                            'data-name': item.name, 'data-state': state}, [
                            el('td', {className: 'cx-setup-kind'}, KINDS[item.kind] || item.kind),
                            el('td', {className: 'cx-setup-name'}, item.name),
                            el('td', {className: 'cx-setup-id'}, item.jiraId === null || item.jiraId === undefined
                                ? '\u2014' : el('code', null, item.jiraId)),
                            el('td', null, stateLozenge(state))
                        ]);
                    }))
                ])
            ]));
        }

        function loadObjects() {
            return rest.get('/setup').then(renderObjects);
        }

        /**
         * Each CX workflow: a download link when Jira has every status and resolution it needs, else the statuses
         * and resolutions to create.
         */
        function renderWorkflows(workflows) {
            var restUrl = root.getAttribute('data-rest-url');
            cx.clear(document.getElementById('cx-setup-workflow-list')).appendChild(el('ul',
                {className: 'cx-setup-workflows', id: 'cx-setup-workflow-items'}, workflows.map(function (workflow) {
                    var missing = workflow.missingStatuses || [];
                    var missingResolutions = workflow.missingResolutions || [];
                    return el('li', {className: 'cx-setup-workflow', 'data-name': workflow.name,
                        'data-ready': workflow.ready ? 'true' : 'false'}, [
                        el('div', {className: 'cx-setup-workflow-title'}, [
                            el('strong', {className: 'cx-setup-workflow-name'}, workflow.displayName),
                            ' ',
                            workflow.ready
                                ? cx.lozenge(AJS.I18n.getText('cx-align.admin.setup.workflows.state.ready'),
                                    'success', 'cx-setup-workflow-state')
                                : cx.lozenge(missing.length
                                    ? AJS.I18n.getText('cx-align.admin.setup.workflows.state.missing')
                                    : AJS.I18n.getText('cx-align.admin.setup.workflows.state.missing-resolutions'),
                                    'moved', 'cx-setup-workflow-state')
                        ]),
                        workflow.ready
                            ? el('p', {className: 'cx-setup-workflow-text'}, [
                                AJS.I18n.getText('cx-align.admin.setup.workflows.ready'), ' ',
                                el('a', {className: 'aui-button cx-setup-workflow-download',
                                    href: restUrl + '/setup/workflows/' + encodeURIComponent(workflow.name),
                                    download: workflow.name + '.xml'},
                                    AJS.I18n.getText('cx-align.admin.setup.workflows.download'))
                            ])
                            : null,
                        !workflow.ready && missing.length
                            ? el('p', {className: 'cx-setup-workflow-text cx-setup-workflow-missing'},
                                missing.length === 1
                                    ? AJS.I18n.getText('cx-align.admin.setup.workflows.missing.one', missing[0])
                                    : AJS.I18n.getText('cx-align.admin.setup.workflows.missing.many',
                                        missing.length, inWords(missing)))
                            : null,
                        !workflow.ready && missingResolutions.length
                            ? el('p', {className: 'cx-setup-workflow-text cx-setup-workflow-missing-resolutions'},
                                missingResolutions.length === 1
                                    ? AJS.I18n.getText('cx-align.admin.setup.workflows.missing-resolutions.one',
                                        missingResolutions[0])
                                    : AJS.I18n.getText('cx-align.admin.setup.workflows.missing-resolutions.many',
                                        missingResolutions.length, inWords(missingResolutions)))
                            : null
                    ]);
                })));
        }

        function loadWorkflows() {
            return rest.get('/setup/workflows').then(renderWorkflows);
        }

        /** The last rebuild of the dashboards' data, in words; {} means it never ran. */
        function renderRebuild(run) {
            var text;
            if (!run || !run.state) {
                text = AJS.I18n.getText('cx-align.admin.setup.rebuild.never');
            } else if (run.state === 'RUNNING') {
                text = AJS.I18n.getText('cx-align.admin.setup.rebuild.running', run.startedAt, run.issuesSeen);
            } else if (run.state === 'DONE') {
                text = AJS.I18n.getText('cx-align.admin.setup.rebuild.done', run.finishedAt, run.issuesSeen,
                    run.rowsWritten, run.rowsRemoved);
            } else {
                text = AJS.I18n.getText('cx-align.admin.setup.rebuild.failed', run.finishedAt, run.message || '');
            }
            var box = document.getElementById('cx-setup-rebuild-report');
            box.setAttribute('data-state', run && run.state ? run.state : 'NEVER');
            cx.clear(box).appendChild(el('p', {className: 'cx-setup-rebuild-text'}, text));
        }

        function loadRebuild() {
            return rest.get('/dashboard/rebuild').then(renderRebuild);
        }

        var startRebuild = document.getElementById('cx-setup-rebuild-start');
        startRebuild.addEventListener('click', function () {
            cx.busy(startRebuild, rest.send('POST', '/dashboard/rebuild', {}).then(function (run) {
                renderRebuild(run);
                cx.flag('success', AJS.I18n.getText('cx-align.admin.setup.rebuild.started'));
            }, cx.actionFailed));
        });

        function renderProjects(projects) {
            projects.forEach(function (project) {
                projectSelect.appendChild(el('option', {value: project.key},
                    AJS.I18n.getText('cx-align.admin.setup.project.option', project.name, project.key)));
            });
            document.getElementById('cx-setup-no-projects').hidden = projects.length > 0;
            projectSelect.disabled = projects.length === 0;
            save.disabled = projects.length === 0;
        }

        /** The report of a setup run, in plain words: issue types and scheme, then fields screen by screen. */
        function showReport(result) {
            var project = AJS.I18n.getText('cx-align.admin.setup.project.option', result.projectName,
                result.projectKey);
            var unchanged = result.addedIssueTypes.length === 0 && result.screens.every(function (screen) {
                return screen.addedFields.length === 0;
            });
            var types;
            if (result.addedIssueTypes.length === 0) {
                types = result.defaultScheme
                    ? AJS.I18n.getText('cx-align.admin.setup.report.types.default', result.issueTypeScheme)
                    : AJS.I18n.getText('cx-align.admin.setup.report.types.present', result.issueTypeScheme);
            } else {
                types = result.defaultScheme
                    ? AJS.I18n.getText('cx-align.admin.setup.report.types.added-default',
                        inWords(result.addedIssueTypes), result.issueTypeScheme)
                    : AJS.I18n.getText('cx-align.admin.setup.report.types.added', inWords(result.addedIssueTypes),
                        result.issueTypeScheme);
            }
            var screens = result.screens.map(function (screen) {
                return el('li', {className: 'cx-setup-screen', 'data-screen': screen.screen},
                    screen.addedFields.length
                        ? AJS.I18n.getText('cx-align.admin.setup.report.screen.added', screen.screen,
                            inWords(screen.addedFields))
                        : AJS.I18n.getText('cx-align.admin.setup.report.screen.present', screen.screen));
            });
            var box = cx.message(unchanged ? 'info' : 'success', unchanged
                ? AJS.I18n.getText('cx-align.admin.setup.report.unchanged', project)
                : AJS.I18n.getText('cx-align.admin.setup.report.done', project), null);
            box.appendChild(el('p', {className: 'cx-setup-types', id: 'cx-setup-report-types'}, types));
            if (screens.length) {
                box.appendChild(el('p', {className: 'cx-setup-screens-heading'},
                    AJS.I18n.getText('cx-align.admin.setup.report.screens')));
                box.appendChild(el('ul', {className: 'cx-setup-screens', id: 'cx-setup-report-screens'}, screens));
            }
            report.setAttribute('data-state', unchanged ? 'unchanged' : 'changed');
            cx.clear(report).appendChild(box);
            report.hidden = false;
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            cx.clearErrors(form);
            report.hidden = true;
            report.removeAttribute('data-state');
            cx.clear(report);
            var setUp = rest.send('POST', '/setup/projects', {projectKey: projectSelect.value});
            cx.busy(save, setUp.then(function (result) {
                showReport(result);
                // Setting up makes again what was missing: show Jira as it is now.
                return loadObjects().then(null, cx.actionFailed);
            }, function (error) {
                cx.showErrors(form, error);
            }));
        });

        Promise.all([loadObjects(), rest.get('/setup/projects').then(renderProjects), loadWorkflows(),
            loadRebuild()]).then(null,
            function (error) {
                cx.clear(document.getElementById('cx-setup-messages')).appendChild(cx.message('error',
                    AJS.I18n.getText('cx-align.admin.common.error.load'), error.message, [cx.reloadButton()]));
            }).then(function () {
                document.getElementById('cx-setup-loading').hidden = true;
                root.setAttribute('aria-busy', 'false');
            });
    });
}(window, document));
