package kr.corepolicy.service.account;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import kr.corepolicy.domain.account.SignInFailure;

/**
 * The failed sign-ins per client address that the throttle counts (see {@link SignInFailure}), in the database
 * so that every instance counts the same. Runs in the caller's transaction.
 */
@Stateless
public class SignInFailures {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Whether the address has failed too often within the window before {@code now}. */
    public boolean isThrottled(String sourceAddress, Instant now) {
        long recent = em.createQuery("select count(f) from SignInFailure f where f.sourceAddress = :address "
                        + "and f.failedAt > :since", Long.class)
                .setParameter("address", SignInFailure.address(sourceAddress))
                .setParameter("since", SignInFailure.windowStart(now))
                .getSingleResult();
        return SignInFailure.throttles(recent);
    }

    /** Counts one failed sign-in against the address. */
    public void record(String sourceAddress, Instant now) {
        em.persist(new SignInFailure(sourceAddress, now));
    }

    /** Deletes failures older than {@link SignInFailure#KEPT}; every instance may run it, the result is the same. */
    @Schedule(hour = "*", minute = "41", persistent = false)
    public void purge() {
        em.createQuery("delete from SignInFailure f where f.failedAt < :before")
                .setParameter("before", clock.instant().minus(SignInFailure.KEPT))
                .executeUpdate();
    }
}
