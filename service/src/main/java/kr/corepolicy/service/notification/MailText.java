package kr.corepolicy.service.notification;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.notification.NotificationKind;

/** The subject and body of a notification's e-mail, in the recipient's language. */
public record MailText(String subject, String body) {

    private static final String BUNDLE = "kr.corepolicy.service.notification.mail";

    /**
     * @param subject what it is about (a document title)
     * @param detail  the name, reason, date or count that goes with the kind
     * @param link    the absolute link to open
     */
    public static MailText of(Language language, NotificationKind kind, String subject, String detail, String link) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] args = {subject, detail == null ? "-" : detail, link};
        String title = new MessageFormat(bundle.getString("mail.subject." + kind.name()), language.locale())
                .format(args);
        String body = new MessageFormat(bundle.getString("mail.body." + kind.name()), language.locale()).format(args)
                + bundle.getString("mail.footer");
        return new MailText(title, body);
    }
}
