package kr.corepolicy.web.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import kr.corepolicy.domain.account.Language;

/** Reads the message bundle {@value #BUNDLE} for a language; Korean is the base bundle. */
public final class Messages {

    public static final String BUNDLE = "kr.corepolicy.web.i18n.messages";

    private Messages() {
    }

    public static String get(Language language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> constant) {
                shown[i] = label(bundle, constant);
            }
        }
        return new MessageFormat(pattern, language.locale()).format(shown);
    }

    /**
     * An enum argument as the bundle names it: {@code position.DIVISION_HEAD} for {@code Position.DIVISION_HEAD}
     * (the enum's simple name with a lower-case first letter, a dot, the constant), else the constant's name.
     */
    private static String label(ResourceBundle bundle, Enum<?> constant) {
        String type = constant.getDeclaringClass().getSimpleName();
        String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + constant.name();
        return bundle.containsKey(key) ? bundle.getString(key) : constant.name();
    }
}
