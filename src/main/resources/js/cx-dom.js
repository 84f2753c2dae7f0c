/*
 * CX Align: building DOM nodes, for the admin pages and the dashboard items alike (window.CXAlign.dom).
 * User text goes into the page only as text nodes and attribute values, never as HTML.
 */
(function (window, document) {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';

    /**
     * Builds an element. attrs: attributes (className → class; null/false skipped; true → empty attribute);
     * children: strings (as text) and nodes, nested arrays flattened, null and false skipped.
     */
    function el(tag, attrs, children) {
        return build(document.createElement(tag), attrs, children);
    }

    /** An SVG element; attrs and children as for el. */
    function svg(tag, attrs, children) {
        return build(document.createElementNS(SVG, tag), attrs, children);
    }

    function build(node, attrs, children) {
        Object.keys(attrs || {}).forEach(function (name) {
            var value = attrs[name];
            if (value === null || value === undefined || value === false) {
                return;
            }
            node.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
        });
        return append(node, children);
    }

    function append(node, children) {
        if (children === null || children === undefined) {
            return node;
        }
        if (!Array.isArray(children)) {
            children = [children];
        }
        children.forEach(function (child) {
            if (Array.isArray(child)) {
                append(node, child);
            } else if (child !== null && child !== undefined && child !== false) {
                node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
            }
        });
        return node;
    }

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    }

    window.CXAlign = window.CXAlign || {};
    window.CXAlign.dom = {SVG: SVG, el: el, svg: svg, clear: clear};
}(window, document));
