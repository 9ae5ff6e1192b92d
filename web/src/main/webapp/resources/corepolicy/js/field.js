/*
 * cp:field (issue #11): FieldWiring puts aria-required and aria-describedby on the field's input component. Where
 * PrimeFaces renders that component as a wrapper (p:selectOneMenu a <div>, p:inputNumber a <span>, p:datePicker,
 * p:selectCheckboxMenu...), the attributes land on an element without a role - not allowed there (aria-required)
 * and not read with the control. This moves them onto the control the user focuses inside the wrapper, on load and
 * after every Ajax update.
 */
(function () {
    'use strict';

    var MOVED = ['aria-required', 'aria-describedby'];
    var CONTROL = 'input:not([type="hidden"]):not([aria-hidden="true"]), textarea, select, [role="combobox"], [role="listbox"]';

    function isControl(element) {
        return element.matches('input, textarea, select, button, [role]');
    }

    function moveInto(root) {
        var wrappers = root.querySelectorAll('.cp-field [aria-required], .cp-field [aria-describedby]');
        for (var i = 0; i < wrappers.length; i++) {
            var wrapper = wrappers[i];
            if (isControl(wrapper)) {
                continue;
            }
            var control = wrapper.querySelector(CONTROL);
            if (!control) {
                continue;
            }
            for (var k = 0; k < MOVED.length; k++) {
                var value = wrapper.getAttribute(MOVED[k]);
                if (value !== null) {
                    control.setAttribute(MOVED[k], value);
                    wrapper.removeAttribute(MOVED[k]);
                }
            }
        }
    }

    function all() {
        moveInto(document);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', all);
    } else {
        all();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', all);
    }
})();
