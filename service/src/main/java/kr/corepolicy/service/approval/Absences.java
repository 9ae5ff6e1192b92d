package kr.corepolicy.service.approval;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.corepolicy.domain.approval.Absence;

/**
 * Queries about absences in force: who is away on a day, and for whom someone stands in (대결). The one place of
 * "who stands in for whom today" for every service.
 */
@Stateless
public class Absences {

    @PersistenceContext
    private EntityManager em;

    /** The people {@code username} stands in for on {@code day}. */
    public Set<String> standingInFor(String username, LocalDate day) {
        return new HashSet<>(em.createQuery("select a.absentUsername from Absence a where a.deputyUsername = :me "
                        + "and a.cancelledAt is null and a.firstDay <= :d and a.lastDay >= :d", String.class)
                .setParameter("me", username).setParameter("d", day).getResultList());
    }

    /**
     * The absences in force on {@code day} of any of {@code usernames}, by absent user name (the first recorded
     * where one person has several).
     */
    public Map<String, Absence> inForce(Collection<String> usernames, LocalDate day) {
        Map<String, Absence> found = new HashMap<>();
        allInForce(usernames, day).forEach(a -> found.putIfAbsent(a.getAbsentUsername(), a));
        return found;
    }

    /** Every absence in force on {@code day} of any of {@code usernames}, in the order they were recorded. */
    public List<Absence> allInForce(Collection<String> usernames, LocalDate day) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Absence a where a.absentUsername in :names "
                        + "and a.cancelledAt is null and a.firstDay <= :d and a.lastDay >= :d order by a.id",
                        Absence.class)
                .setParameter("names", List.copyOf(usernames)).setParameter("d", day).getResultList();
    }
}
