/*
 * CX Align admin pages. Jira's jsI18n transformer replaces AJS.I18n.getText("...") with the translated text.
 */
(function () {
    'use strict';

    function copyVersion(button) {
        var target = document.getElementById(button.getAttribute('data-copy-target'));
        if (!target || !navigator.clipboard) {
            return;
        }
        navigator.clipboard.writeText(target.textContent.trim()).then(function () {
            if (window.AJS && AJS.flag) {
                AJS.flag({type: 'success', body: AJS.I18n.getText('cx-align.admin.overview.copied'), close: 'auto'});
            }
        }, function () {
            // The browser refused the clipboard (permissions, insecure context): the version stays selectable text.
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.cx-admin-copy') : null;
        if (button) {
            copyVersion(button);
        }
    });
}());
