package kr.corepolicy.domain.notification;

import jakarta.ejb.ApplicationException;
import kr.corepolicy.domain.shared.ConflictException;

/**
 * An e-mail copy that cannot be resent in its state: already sent, being sent right now, or there is no copy
 * (no address). 409, with a message per state ({@code mail.resend.<STATE>}).
 */
@ApplicationException(rollback = true)
public class MailNotResendableException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public MailNotResendableException(long notificationId, MailState state) {
        super("mail.resend." + state.name(), "e-mail of notification " + notificationId + " is " + state
                + ", not resendable");
    }
}
