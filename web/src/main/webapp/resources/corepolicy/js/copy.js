/*
 * Copy buttons (issue #12, the API token shown once): a <button type="button" data-cp-copy="ID"> copies the value
 * of the field with that id to the clipboard and says so in the live region named by data-cp-status, with the
 * texts of data-cp-copied and data-cp-copy-failed (from the bundles). Listens on the document, so a button that an
 * Ajax update brought in works too. No inline handlers (the page's Content-Security-Policy allows none).
 */
(function () {
    'use strict';

    function say(button, text) {
        var status = document.getElementById(button.getAttribute('data-cp-status'));
        if (status) {
            status.textContent = '';
            // A fresh text after emptying, so that a second copy is announced again.
            window.setTimeout(function () {
                status.textContent = text;
            }, 50);
        }
    }

    /** The old way, for browsers without the asynchronous clipboard (or without the permission for it). */
    function copyBySelection(field) {
        field.focus();
        field.select();
        var copied = false;
        try {
            copied = document.execCommand('copy');
        } catch (e) {
            copied = false;
        }
        return copied;
    }

    document.addEventListener('click', function (event) {
        var button = event.target && event.target.closest ? event.target.closest('[data-cp-copy]') : null;
        if (!button) {
            return;
        }
        var field = document.getElementById(button.getAttribute('data-cp-copy'));
        if (!field) {
            return;
        }
        var done = function () {
            say(button, button.getAttribute('data-cp-copied'));
        };
        var failed = function () {
            field.focus();
            field.select();
            say(button, button.getAttribute('data-cp-copy-failed'));
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(done, function () {
                if (copyBySelection(field)) {
                    button.focus();
                    done();
                } else {
                    failed();
                }
            });
        } else if (copyBySelection(field)) {
            button.focus();
            done();
        } else {
            failed();
        }
    });
}());
