package kr.corepolicy.service.approval;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.service.shared.AtStartup;

/**
 * The running numbers of 문서번호, one counter per department name and year in {@code document_counter}. A number
 * is taken in the submission's transaction with one UPDATE, whose row lock makes every other submission of the
 * same department (on any instance sharing the database) wait until this one commits or rolls back, so no number
 * is given twice and none is lost to a rolled-back submission. The year's first row is created, before the
 * UPDATE, in a transaction of its own; of two instances creating it at once one fails on the primary key and
 * simply uses the other's row.
 * Native SQL, because the row is a counter, not a record anyone reads.
 */
@Stateless
@RolesAllowed(Role.Names.USER)
public class DocumentNumbers {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The next running number of {@code prefix} in {@code year}: 1, 2, 3 … */
    public long next(String prefix, int year) {
        return take(prefix, year);
    }

    /**
     * Start-up only (the demo's reporting history, submitted while nobody is signed in): the same as
     * {@link #next}. Refused once someone other than an administrator is signed in.
     */
    @PermitAll
    public long nextAtStartup(String prefix, int year) {
        AtStartup.requireNoCallerOrAdministrator(context, "numberDocument");
        return take(prefix, year);
    }

    private long take(String prefix, int year) {
        // The row is made before this transaction locks anything: an UPDATE of a missing row would take InnoDB's
        // gap lock (REPEATABLE READ), and the insert of the transaction of its own would then wait for us, its
        // caller, until the lock wait timed out. A plain SELECT locks nothing.
        if (!exists(prefix, year)) {
            try {
                context.getBusinessObject(DocumentNumbers.class).createCounter(prefix, year);
            } catch (EJBException | PersistenceException createdByAnother) {
                // Another submission created the row between our look and our insert: it is there now.
            }
        }
        if (increment(prefix, year) == 0) {
            throw new IllegalStateException("no document counter for " + prefix + " " + year);
        }
        Number last = (Number) em.createNativeQuery("SELECT last_no FROM document_counter WHERE prefix = ?1 "
                        + "AND counter_year = ?2")
                .setParameter(1, prefix).setParameter(2, year).getSingleResult();
        return last.longValue();
    }

    private boolean exists(String prefix, int year) {
        return !em.createNativeQuery("SELECT 1 FROM document_counter WHERE prefix = ?1 AND counter_year = ?2")
                .setParameter(1, prefix).setParameter(2, year).getResultList().isEmpty();
    }

    private int increment(String prefix, int year) {
        return em.createNativeQuery("UPDATE document_counter SET last_no = last_no + 1 WHERE prefix = ?1 "
                        + "AND counter_year = ?2")
                .setParameter(1, prefix).setParameter(2, year).executeUpdate();
    }

    /**
     * Creates the counter of {@code prefix} in {@code year} at 0, committed on its own. Open to every caller of
     * {@link #next} and {@link #nextAtStartup} (at start-up nobody is signed in): an empty counter gives no number.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createCounter(String prefix, int year) {
        em.createNativeQuery("INSERT INTO document_counter (prefix, counter_year, last_no) VALUES (?1, ?2, 0)")
                .setParameter(1, prefix).setParameter(2, year).executeUpdate();
    }
}
