package kr.corepolicy.service.approval;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.approval.DelegationRule;
import kr.corepolicy.domain.approval.DocumentType;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.shared.ConflictException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.approval.ApprovalViews.RuleView;
import kr.corepolicy.service.audit.AuditService;

/** The delegation table (사무전결 규칙): everyone reads it; the administrator changes it, audited. */
@Stateless
@RolesAllowed(Role.Names.USER)
public class DelegationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    public List<RuleView> rules() {
        return em.createQuery("select r from DelegationRule r order by r.type", DelegationRule.class).getResultList()
                .stream().map(DelegationService::view).toList();
    }

    /** Changes who decides a type of document; {@code expectedVersion} is the version the editor saw. */
    @RolesAllowed(Role.Names.ADMIN)
    public RuleView change(DocumentType type, Position position, long expectedVersion) {
        DelegationRule rule = em.find(DelegationRule.class, type);
        if (rule == null) {
            throw new NotFoundException("DelegationRule", type);
        }
        if (rule.getVersion() != expectedVersion) {
            throw new ConflictException("DelegationRule", type, expectedVersion, rule.getVersion());
        }
        Position before = rule.getDecidingPosition();
        String me = context.getCallerPrincipal().getName();
        rule.decideBy(position, me, clock.instant());
        em.flush();
        audit.record(me, AuditAction.DELEGATION_CHANGED, "delegation:" + type, before + " -> " + position, null);
        return view(rule);
    }

    private static RuleView view(DelegationRule r) {
        return new RuleView(r.getType(), r.getDecidingPosition(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }
}
