package kr.corepolicy.service.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.audit.AuditEntry;

/** Appends to the audit trail and reads it back. There is no update or delete. */
@Stateless
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Records an event in the caller's transaction (or a new one when there is none). */
    public void record(String actor, AuditAction action, String target, String detail, String sourceAddress) {
        em.persist(new AuditEntry(clock.instant(), actor, action, target, detail, sourceAddress));
    }

    /** Records an event that must be kept even when the caller's transaction rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(String actor, AuditAction action, String target, String detail,
            String sourceAddress) {
        record(actor, action, target, detail, sourceAddress);
    }

    /** The newest entries of one actor, newest first. */
    public List<AuditEntry> recentFor(String actor, int max) {
        return em.createQuery("select a from AuditEntry a where a.actor = :actor order by a.id desc", AuditEntry.class)
                .setParameter("actor", actor)
                .setMaxResults(max)
                .getResultList();
    }
}
