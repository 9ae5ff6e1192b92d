/*
 * CorePolicy shell (issue #11, items 2, 12, 13): what every page of the layout template shares.
 *
 * - Feedback where the user is: after an Ajax action (a button or link) or a full-page post that leaves messages,
 *   the view moves to the page's messages (#messages) and focus goes there, or to the first field whose message is
 *   an error. Information is announced politely (role=status), errors assertively (role=alert).
 * - The header's menu on a phone: a button that opens and closes the navigation (aria-expanded); Escape closes it
 *   and returns focus to the button.
 * - The skip link moves focus into the content.
 * - A warning before the session ends without a request, with a button that keeps it (KWCAG 2.2).
 */
(function () {
    'use strict';

    var MESSAGES_ID = 'messages';

    function byId(id) {
        return id ? document.getElementById(id) : null;
    }

    /** The element an Ajax request came from (PrimeFaces passes an id or the element itself). */
    function sourceOf(settings) {
        var source = settings && settings.source;
        if (!source) {
            return null;
        }
        if (typeof source === 'string') {
            return byId(source);
        }
        return source.nodeType === 1 ? source : (source[0] || null);
    }

    /** A button or link the user activated, as opposed to an input whose change saved in the background. */
    function isCommand(element) {
        if (!element) {
            return false;
        }
        var tag = element.tagName.toLowerCase();
        if (tag === 'button' || tag === 'a') {
            return true;
        }
        return tag === 'input' && /^(submit|button|image)$/i.test(element.type);
    }

    function insideDialog(element) {
        return !!(element && element.closest && element.closest('.ui-dialog, [role="dialog"], [role="alertdialog"]'));
    }

    function focusLost() {
        var active = document.activeElement;
        return !active || active === document.body || active === document.documentElement || !document.contains(active);
    }

    /**
     * Gives each group of messages the role its severity asks for: errors and fatal errors role=alert, information
     * and warnings role=status. The role goes on the group's box, not on its list items (PrimeFaces puts role=alert
     * on each <li>, which stops it being a list item of its <ul>: axe's "list" rule). The page's messages region
     * can take focus (tabindex -1) without entering the Tab order.
     */
    function markMessages() {
        var items = document.querySelectorAll('.ui-messages li[role]');
        for (var i = 0; i < items.length; i++) {
            items[i].removeAttribute('role');
        }
        var boxes = document.querySelectorAll('.ui-messages-error, .ui-messages-fatal, .ui-messages-warn, .ui-messages-info');
        for (var j = 0; j < boxes.length; j++) {
            var error = /ui-messages-(error|fatal)/.test(boxes[j].className);
            boxes[j].setAttribute('role', error ? 'alert' : 'status');
        }
        var region = byId(MESSAGES_ID);
        if (!region) {
            return null;
        }
        region.setAttribute('tabindex', '-1');
        return region.querySelectorAll('li').length > 0 ? region : null;
    }

    /** Marks inputs whose field message shows an error aria-invalid, and returns the first of them. */
    function markInvalidFields() {
        var first = null;
        var marked = document.querySelectorAll('[data-cp-invalid]');
        for (var k = 0; k < marked.length; k++) {
            marked[k].removeAttribute('aria-invalid');
            marked[k].removeAttribute('data-cp-invalid');
        }
        var messages = document.querySelectorAll('.ui-message.ui-message-error');
        for (var i = 0; i < messages.length; i++) {
            var input = fieldOf(messages[i]);
            if (input) {
                if (!input.hasAttribute('aria-invalid')) {
                    input.setAttribute('aria-invalid', 'true');
                    input.setAttribute('data-cp-invalid', '');
                }
                if (!first) {
                    first = input;
                }
            }
        }
        var invalid = document.querySelectorAll('.ui-state-error:not(.ui-message):not(.ui-messages-error)');
        for (var j = 0; j < invalid.length && !first; j++) {
            first = focusable(invalid[j]);
        }
        return first;
    }

    /** The input a field message belongs to: by PrimeFaces' target, else by the input it describes. */
    function fieldOf(message) {
        var target = byId(message.getAttribute('data-target'));
        if (target) {
            return focusable(target);
        }
        if (message.id) {
            var described = document.querySelectorAll('[aria-describedby]');
            for (var i = 0; i < described.length; i++) {
                if (described[i].getAttribute('aria-describedby').split(/\s+/).indexOf(message.id) >= 0) {
                    return focusable(described[i]);
                }
            }
        }
        return null;
    }

    /** The element itself when it can take focus, else the first focusable element inside it (a widget). */
    function focusable(element) {
        if (!element) {
            return null;
        }
        var selector = 'input:not([type="hidden"]), select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';
        if (element.matches(selector)) {
            return element;
        }
        return element.querySelector(selector);
    }

    function show(element) {
        element.scrollIntoView({ block: 'center' });
        element.focus({ preventScroll: true });
    }

    /** After the page or an Ajax update: where should the user look? */
    function guide(afterCommand) {
        var region = markMessages();
        var field = markInvalidFields();
        if (!afterCommand) {
            return;
        }
        if (field) {
            show(field);
        } else if (region) {
            show(region);
        }
    }

    /**
     * PrimeFaces renders a file upload's "choose" control as a focusable span named by aria-labelledby around a
     * hidden file input: a name on an element without a role (axe: aria-prohibited-attr), and a button role there
     * would nest the input (nested-interactive). The file input itself takes the focus and the name instead; Enter
     * and Space open the file dialog as on any file input, and the span shows the focus (.ui-fileupload-choose
     * :focus-within in corepolicy.css). Every page, after every Ajax update.
     */
    function nameFileInputs() {
        var choose = document.querySelectorAll('.ui-fileupload-choose[aria-labelledby]');
        for (var i = 0; i < choose.length; i++) {
            var input = choose[i].querySelector('input[type=file]');
            if (!input) {
                continue;
            }
            input.setAttribute('aria-labelledby', choose[i].getAttribute('aria-labelledby'));
            input.removeAttribute('aria-hidden');
            input.removeAttribute('tabindex');
            choose[i].removeAttribute('aria-labelledby');
            choose[i].removeAttribute('tabindex');
        }
    }

    function onAjaxComplete(event, xhr, settings) {
        nameFileInputs();
        var source = sourceOf(settings);
        if (insideDialog(source)) {
            markMessages();
            return;
        }
        var command = isCommand(source) || focusLost();
        // After the other handlers of this response (a confirmation dialog closing gives focus back to its button).
        window.setTimeout(function () {
            if (!command) {
                guide(false);
                return;
            }
            guide(true);
            if (focusLost() && source && source.id) {
                var again = byId(source.id);
                if (again) {
                    again.focus();
                }
            }
        }, 0);
    }

    /** The phone menu: the button opens and closes it, Escape closes it and gives focus back to the button. */
    function setUpMenu() {
        var button = byId('shellMenuButton');
        var menu = byId('shellMenu');
        if (!button || !menu) {
            return;
        }
        function set(open) {
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
            menu.classList.toggle('cp-menu-open', open);
        }
        button.addEventListener('click', function () {
            set(button.getAttribute('aria-expanded') !== 'true');
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
                set(false);
                button.focus();
            }
        });
    }

    /** The skip link: focus moves into the content (not only the view). */
    function setUpSkipLink() {
        var links = document.querySelectorAll('a.cp-skip');
        for (var i = 0; i < links.length; i++) {
            links[i].addEventListener('click', function (event) {
                var target = byId((this.getAttribute('href') || '').replace(/^#/, ''));
                if (target) {
                    event.preventDefault();
                    if (!target.hasAttribute('tabindex')) {
                        target.setAttribute('tabindex', '-1');
                    }
                    target.focus();
                    target.scrollIntoView({ block: 'start' });
                }
            });
        }
    }


    /**
     * The session-timeout warning (KWCAG 2.2: a time limit the user can extend). The session ends after
     * data-timeout seconds without a request; every page and every Ajax answer starts that clock again. Two minutes
     * before the end (half the time for a shorter session) a modal box says so and offers to stay signed in, which
     * asks the server for the user (GET /api/me: any request keeps the session). When the time is up it says the
     * user has been signed out and links to the sign-in page, which comes back to this page. Focus goes into the
     * box and stays there; Escape in the warning stays signed in; focus returns where it was.
     */
    function setUpSessionWarning() {
        var box = byId('sessionWarning');
        var timeout = box ? parseInt(box.getAttribute('data-timeout'), 10) : 0;
        if (!box || !(timeout > 0)) {
            return;
        }
        var context = box.getAttribute('data-context') || '';
        var title = byId('sessionTitle');
        var text = byId('sessionText');
        var extend = byId('sessionExtend');
        var signIn = byId('sessionSignIn');
        var warnTimer = null;
        var endTimer = null;
        var current = timeout;
        var returnFocus = null;
        var ended = false;

        function show(state) {
            title.textContent = title.getAttribute('data-' + state);
            text.textContent = text.getAttribute('data-' + state);
            extend.hidden = state !== 'warning';
            signIn.hidden = state !== 'expired';
            if (box.hidden) {
                returnFocus = document.activeElement;
                box.hidden = false;
            }
            (state === 'warning' ? extend : signIn).focus();
        }

        function close() {
            box.hidden = true;
            if (returnFocus && document.contains(returnFocus) && returnFocus.focus) {
                returnFocus.focus();
            }
            returnFocus = null;
        }

        function expire() {
            ended = true;
            var path = window.location.pathname;
            if (context && path.indexOf(context) === 0) {
                path = path.substring(context.length);
            }
            signIn.href = context + '/login.xhtml?next=' + encodeURIComponent(path + window.location.search);
            show('expired');
        }

        /**
         * Starts the clock again: the session lasts {@code seconds} from now, and the warning shows {@code lead}
         * seconds before that (by default two minutes, or half the time for a shorter session).
         */
        function restart(seconds, lead) {
            current = seconds;
            ended = false;
            window.clearTimeout(warnTimer);
            window.clearTimeout(endTimer);
            if (!(lead >= 0 && lead <= seconds)) {
                lead = Math.min(120, Math.floor(seconds / 2));
            }
            warnTimer = window.setTimeout(function () {
                show('warning');
            }, (seconds - lead) * 1000);
            endTimer = window.setTimeout(expire, seconds * 1000);
        }

        function stay() {
            window.fetch(context + '/api/me', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (answer) {
                    if (answer.ok) {
                        close();
                        restart(current);
                    } else {
                        expire();
                    }
                }, expire);
        }

        extend.addEventListener('click', stay);
        box.addEventListener('keydown', function (event) {
            if (event.key === 'Tab') {
                // One control in the box: focus stays on it.
                event.preventDefault();
            } else if (event.key === 'Escape' && !ended) {
                event.preventDefault();
                stay();
            }
        });
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () {
                if (!ended) {
                    restart(current);
                }
            });
        }
        restart(timeout);
        window.CorePolicy = window.CorePolicy || {};
        window.CorePolicy.session = {restart: restart};
    }

    function start() {
        nameFileInputs();
        setUpMenu();
        setUpSkipLink();
        setUpSessionWarning();
        // A full-page post or a redirect (flash messages): the page opens at its messages or its first error.
        guide(!!markMessages() || !!document.querySelector('.ui-message.ui-message-error'));
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', onAjaxComplete);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
