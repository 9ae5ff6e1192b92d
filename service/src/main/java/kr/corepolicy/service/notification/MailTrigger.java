package kr.corepolicy.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts sending as soon as a transaction that queued e-mail has committed, without holding up the user. */
@ApplicationScoped
public class MailTrigger {

    @Inject
    private MailOutbox outbox;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationService.MailQueued queued) {
        outbox.flushLater();
    }
}
