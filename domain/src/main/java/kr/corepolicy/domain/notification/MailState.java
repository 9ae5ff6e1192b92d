package kr.corepolicy.domain.notification;

/** Where the e-mail copy of a notification is: none (no address or no mail server), to send, sent, given up. */
public enum MailState {
    NONE,
    PENDING,
    SENDING,
    SENT,
    FAILED
}
