/*
 * The UI preview's stand-in for Jira's dashboard: for each dashboard item on the page, requires its AMD module,
 * builds it with new Module(API) and calls render(context, preferences), or renderEdit for a configurable item that
 * is not configured yet (no isConfigured preference), as Jira does. The API object records every call in
 * window.cxDashboard.items[key].calls (browser tests read them); savePreferences keeps the preferences and renders
 * the item again, closeEdit renders it, initRefresh registers what the item's Refresh and the dashboard's
 * "Refresh all" call.
 */
(function (window, document) {
    'use strict';

    var items = {};
    window.cxDashboard = {items: items};

    function copy(object) {
        return JSON.parse(JSON.stringify(object || {}));
    }

    function StandInApi(item) {
        this.item = item;
    }

    function record(item, method, args) {
        item.calls.push({method: method, args: copy(Array.prototype.slice.call(args))});
    }

    StandInApi.prototype.isEditable = function () {
        record(this.item, 'isEditable', arguments);
        return this.item.editable;
    };
    StandInApi.prototype.savePreferences = function (preferences) {
        record(this.item, 'savePreferences', arguments);
        var item = this.item;
        if (!item.editable) {
            return Promise.resolve();
        }
        item.preferences = copy(preferences);
        item.saved.push(copy(preferences));
        return Promise.resolve().then(function () {
            show(item, false);
        });
    };
    StandInApi.prototype.closeEdit = function () {
        record(this.item, 'closeEdit', arguments);
        show(this.item, false);
    };
    StandInApi.prototype.showLoadingBar = function () {
        record(this.item, 'showLoadingBar', arguments);
        this.item.element.classList.add('cx-preview-loading');
    };
    StandInApi.prototype.hideLoadingBar = function () {
        record(this.item, 'hideLoadingBar', arguments);
        this.item.element.classList.remove('cx-preview-loading');
    };
    StandInApi.prototype.resize = function () {
        record(this.item, 'resize', arguments);
    };
    StandInApi.prototype.setTitle = function (title) {
        record(this.item, 'setTitle', arguments);
        this.item.element.querySelector('.dashboard-item-title').textContent = title;
    };
    StandInApi.prototype.initRefresh = function (preferences, callback) {
        record(this.item, 'initRefresh', [preferences]);
        this.item.refresh = callback;
    };
    StandInApi.prototype.getRefreshFieldValue = function () {
        record(this.item, 'getRefreshFieldValue', arguments);
        return 'false';
    };
    StandInApi.prototype.getContext = function () {
        return window.jQuery(this.item.content);
    };
    StandInApi.prototype.getGadgetId = function () {
        return this.item.key;
    };
    StandInApi.prototype.once = function (event, callback) {
        record(this.item, 'once', [event]);
        if (event === 'afterRender') {
            window.setTimeout(callback, 0);
        }
    };

    function show(item, edit) {
        var content = item.content;
        while (content.firstChild) {
            content.removeChild(content.firstChild);
        }
        item.refresh = null;
        item.element.setAttribute('data-mode', edit ? 'edit' : 'view');
        if (edit) {
            item.instance.renderEdit(content, copy(item.preferences));
        } else {
            item.instance.render(content, copy(item.preferences));
        }
    }

    function refresh(item) {
        item.calls.push({method: '(dashboard refresh)', args: []});
        if (item.refresh) {
            item.refresh();
        } else {
            show(item, false);
        }
    }

    document.querySelectorAll('.cx-preview-dashboard-item').forEach(function (element) {
        var key = element.getAttribute('data-item-key');
        var item = {
            key: key,
            element: element,
            content: element.querySelector('.dashboard-item-content'),
            editable: element.getAttribute('data-editable') === 'true',
            configurable: element.getAttribute('data-configurable') === 'true',
            preferences: JSON.parse(element.getAttribute('data-preferences') || '{}'),
            calls: [],
            saved: [],
            refresh: null
        };
        items[key] = item;
        var Module = window.require(element.getAttribute('data-amd-module'));
        item.instance = new Module(new StandInApi(item));
        var edit = element.querySelector('.cx-preview-item-edit');
        if (edit) {
            edit.addEventListener('click', function () {
                show(item, true);
            });
        }
        element.querySelector('.cx-preview-item-refresh').addEventListener('click', function () {
            refresh(item);
        });
        var configured = item.preferences.isConfigured === 'true' || item.preferences.isConfigured === true;
        show(item, item.configurable && item.editable && !configured);
    });

    var all = document.getElementById('cx-preview-dashboard-refresh');
    if (all) {
        all.addEventListener('click', function () {
            Object.keys(items).forEach(function (key) {
                refresh(items[key]);
            });
        });
    }
    document.body.setAttribute('data-dashboard-ready', 'true');
})(window, document);
