package kr.corepolicy.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.shared.NotFoundException;

/**
 * The account-by-user-name query, written once for every service: the account with its unit (the unit is what
 * most callers ask about next, and fetching it costs one join, never one more statement).
 */
@Stateless
// A query helper of the services, not a function of its own: the services that call it declare who may call
// them. Some of its callers have no caller at all (the sign-in check before anyone is signed in, the start-up
// data, the scheduled reminders and the mail outbox), so it checks no role itself.
@PermitAll
public class Accounts {

    @PersistenceContext
    private EntityManager em;

    /** The account named {@code username} (exactly as given), active or not, with its unit. */
    public Optional<UserAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u join fetch u.orgUnit where u.username = :n",
                UserAccount.class).setParameter("n", username).getResultStream().findFirst();
    }

    /** As {@link #find}, only if the account is active. */
    public Optional<UserAccount> findActive(String username) {
        return find(username).filter(UserAccount::isActive);
    }

    /** The account named {@code username}; refused as not found when there is none. */
    public UserAccount require(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("UserAccount", username));
    }
}
