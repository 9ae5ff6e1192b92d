package kr.corepolicy.service.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kr.corepolicy.domain.account.Role;

/**
 * The one-import-at-a-time claim, held in the database so that it holds across every instance sharing it: the row
 * of {@code import_claim} is taken with one conditional update committed on its own, and given back the same way
 * when the import ends. A claim older than {@link #LEASE} (its instance died mid-import) may be taken again.
 * Native SQL, because the row is a lock, not a record anyone reads.
 */
@Stateless
@RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
public class TaskImportClaim {

    static final Duration LEASE = Duration.ofMinutes(10);
    private static final String KIND = "TASKS";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Takes the claim for {@code who}; its token gives it back. Refused while another import holds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String take(String who) {
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        int taken = em.createNativeQuery("UPDATE import_claim SET holder = ?1, claimed_by = ?2, claimed_at = ?3 "
                        + "WHERE kind = ?4 AND (holder IS NULL OR claimed_at < ?5)")
                .setParameter(1, token)
                .setParameter(2, who)
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, KIND)
                .setParameter(5, Timestamp.from(now.minus(LEASE)))
                .executeUpdate();
        if (taken != 1) {
            throw new ImportBusyException();
        }
        return token;
    }

    /** Gives the claim back, unless it has expired and been taken by another import since. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String token) {
        em.createNativeQuery("UPDATE import_claim SET holder = NULL, claimed_by = NULL, claimed_at = NULL "
                        + "WHERE kind = ?1 AND holder = ?2")
                .setParameter(1, KIND)
                .setParameter(2, token)
                .executeUpdate();
    }
}
