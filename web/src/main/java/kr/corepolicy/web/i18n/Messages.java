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
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }
}
