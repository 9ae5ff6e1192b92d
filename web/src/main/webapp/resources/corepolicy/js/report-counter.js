/*
 * Reporting pages (issue #11, item 11): a text field's "1895자 남음" counter is announced politely, once the
 * writer pauses, not on every key. PrimeFaces keeps the visible counter up to date; this copies its text into a
 * hidden live region (an element with data-cp-counter-for="<counter id>") a moment after the last key.
 */
(function () {
    'use strict';

    var PAUSE_MS = 1500;

    function wire(live) {
        var counter = document.getElementById(live.getAttribute('data-cp-counter-for'));
        var field = document.getElementById(live.getAttribute('data-cp-field'));
        if (!counter || !field || field.getAttribute('data-cp-counter-wired')) {
            return;
        }
        field.setAttribute('data-cp-counter-wired', 'true');
        var timer = null;
        field.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                live.textContent = counter.textContent;
            }, PAUSE_MS);
        });
    }

    function start() {
        var regions = document.querySelectorAll('[data-cp-counter-for]');
        for (var i = 0; i < regions.length; i++) {
            wire(regions[i]);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', start);
    }
}());
