package kr.corepolicy.service.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kr.corepolicy.domain.organization.OrgUnit;

/**
 * The unit-by-code query, written once for every service (organisation, accounts, tasks, the first
 * administrator). It lives in the shared package because the account component may not depend on the
 * organisation component, which depends on it. Each caller decides how a missing unit is refused (which field,
 * which message).
 */
@Stateless
// A query helper of the services, not a function of its own: its callers declare who may call them, and some
// run with no caller at all (the start-up data, the first administrator).
@PermitAll
public class OrgUnits {

    @PersistenceContext
    private EntityManager em;

    /** The unit of {@code code} (surrounding blanks ignored), active or not. */
    public Optional<OrgUnit> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select o from OrgUnit o where o.code = :code", OrgUnit.class)
                .setParameter("code", code.strip()).getResultStream().findFirst();
    }
}
