(function () {
    'use strict';
    window.fixtureMessages = [AJS.I18n.getText('fixture.js.copied'), AJS.I18n.getText("fixture.js.failed")];
}());
