package kr.corepolicy.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server of the city, from the environment: {@code COREPOLICY_MAIL_HOST} (no host, no e-mail),
 * {@code COREPOLICY_MAIL_PORT} (25), {@code COREPOLICY_MAIL_FROM}, {@code COREPOLICY_MAIL_USER},
 * {@code COREPOLICY_MAIL_PASSWORD}, {@code COREPOLICY_MAIL_STARTTLS} (false), and
 * {@code COREPOLICY_BASE_URL}, the address of the application that links in e-mails start with.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "corepolicy.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "corepolicy.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "corepolicy.mail.from", defaultValue = "corepolicy@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "corepolicy.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "corepolicy.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "corepolicy.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "corepolicy.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** Whether e-mail is configured at all. */
    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    /** The absolute address of an application path, for links in e-mails. */
    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return path == null ? base + "/" : base + path;
    }

    /** A mail session for the configured server, with short time-outs so that a dead server holds nothing up. */
    public Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.orElse("localhost"));
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        props.put("mail.mime.charset", "UTF-8");
        if (user.isPresent() && !user.get().isBlank()) {
            props.put("mail.smtp.auth", "true");
            String name = user.get();
            String secret = password.orElse("");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(name, secret);
                }
            });
        }
        return Session.getInstance(props);
    }
}
