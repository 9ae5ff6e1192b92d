package kr.corepolicy.service.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.audit.AuditEntry;
import kr.corepolicy.service.shared.Paging;

/**
 * Appends to the audit trail and reads it back. There is no update or delete. Every event carries the client
 * address: the one the caller gives, else that of the current request ({@link RequestOrigin}).
 */
@Stateless
public class AuditService {

    public static final int TRAIL_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private RequestOrigin origin;

    /**
     * Records an event in the caller's transaction (or a new one when there is none). Without a source address
     * the event takes the client address of the current request, if there is one.
     */
    public void record(String actor, AuditAction action, String target, String detail, String sourceAddress) {
        em.persist(new AuditEntry(clock.instant(), actor, action, target, detail,
                sourceAddress != null ? sourceAddress : currentAddress()));
    }

    private String currentAddress() {
        try {
            return origin.getAddress();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /** Records an event that must be kept even when the caller's transaction rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(String actor, AuditAction action, String target, String detail,
            String sourceAddress) {
        record(actor, action, target, detail, sourceAddress);
    }

    /** One line of the trail as the administrator reads it. */
    public record EntryView(long id, Instant occurredAt, String actor, AuditAction action, String target,
            String detail, String sourceAddress) {
    }

    /**
     * The trail for the administrator, newest first: optionally only one actor's, one action's, or the entries
     * after a given id (to see what one request wrote). At most {@value #TRAIL_MAX} entries.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public List<EntryView> trail(String actor, AuditAction action, Long afterId, int max) {
        Paging.checkSize("max", max, TRAIL_MAX);
        StringBuilder jpql = new StringBuilder("select a from AuditEntry a where 1 = 1");
        if (actor != null) {
            jpql.append(" and a.actor = :actor");
        }
        if (action != null) {
            jpql.append(" and a.action = :action");
        }
        if (afterId != null) {
            jpql.append(" and a.id > :after");
        }
        TypedQuery<AuditEntry> query = em.createQuery(jpql.append(" order by a.id desc").toString(), AuditEntry.class);
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        if (action != null) {
            query.setParameter("action", action);
        }
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.setMaxResults(max).getResultList().stream()
                .map(a -> new EntryView(a.getId(), a.getOccurredAt(), a.getActor(), a.getAction(), a.getTarget(),
                        a.getDetail(), a.getSourceAddress()))
                .toList();
    }

    /** The newest entries of one actor, newest first. */
    public List<AuditEntry> recentFor(String actor, int max) {
        return em.createQuery("select a from AuditEntry a where a.actor = :actor order by a.id desc", AuditEntry.class)
                .setParameter("actor", actor)
                .setMaxResults(max)
                .getResultList();
    }
}
