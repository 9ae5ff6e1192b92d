/*
 * Task import page (issue #11, item 11): PrimeFaces renders the file upload's "choose" control as a focusable span
 * named by aria-labelledby around a hidden file input: a name on an element without a role (axe:
 * aria-prohibited-attr), and a button role there would nest the input (nested-interactive). The file input itself
 * takes the focus and the name instead; Enter and Space open the file dialog as on any file input, and the span
 * shows the focus (corepolicy.css, .ui-fileupload-choose:focus-within).
 */
(function () {
    'use strict';

    function wire() {
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

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', wire);
    } else {
        wire();
    }
})();
