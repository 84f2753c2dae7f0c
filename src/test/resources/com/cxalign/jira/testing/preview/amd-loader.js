/*
 * The UI preview's stand-in for the AMD loader Jira's pages have (almond, through the web-resource manager): named
 * define(name, deps, factory) and require(names, callback), modules built on first require. 'jquery' is the page's
 * jQuery. No define.amd, so that jQuery and AUI, loaded after it, still set their globals as they do in the preview.
 */
(function (window) {
    'use strict';
    var definitions = {};
    var built = {};
    var host = {jquery: function () { return window.jQuery; }};

    function get(name) {
        if (Object.prototype.hasOwnProperty.call(built, name)) {
            return built[name];
        }
        if (host[name]) {
            return (built[name] = host[name]());
        }
        var definition = definitions[name];
        if (!definition) {
            throw new Error('AMD module "' + name + '" is not defined (defined: ' + Object.keys(definitions) + ')');
        }
        built[name] = definition.factory.apply(window, definition.deps.map(get));
        return built[name];
    }

    window.define = function (name, deps, factory) {
        if (typeof name !== 'string') {
            throw new Error('The preview\'s AMD loader needs named modules, as Jira\'s web resources have');
        }
        if (typeof deps === 'function') {
            factory = deps;
            deps = [];
        }
        definitions[name] = {deps: deps || [], factory: factory};
    };
    window.require = function (names, callback) {
        if (typeof names === 'string') {
            return get(names);
        }
        var modules = names.map(get);
        if (callback) {
            callback.apply(window, modules);
        }
        return modules;
    };
})(window);
