package kr.corepolicy.service.approval;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.approval.DelegationRule;
import kr.corepolicy.domain.approval.DocumentType;
import kr.corepolicy.domain.approval.StepKind;
import kr.corepolicy.domain.approval.StepPlan;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.approval.ApprovalViews.LineStep;

/**
 * Builds and checks approval lines. The proposal walks up the org chart from the drafter: everyone above the
 * drafter's position on the way, one per position, reviews (검토) until the position that the delegation
 * table names, who decides (결재/전결). Each consenting department is represented by its head, or by its
 * highest-ranked member where no head is on record. A line the drafter changed is checked against the same
 * rules: real, active people; a decider at or above the table's position; the order of the domain.
 */
@Stateless
public class ApprovalLines {

    @PersistenceContext
    private EntityManager em;

    /** The proposed line of a document of {@code type} drafted by {@code drafter}. */
    public List<LineStep> propose(DocumentType type, UserAccount drafter, Collection<OrgUnit> consentingUnits) {
        Position decider = rule(type).getDecidingPosition();
        List<OrgUnit> chain = new ArrayList<>();
        for (OrgUnit u = drafter.getOrgUnit(); u != null; u = u.getParent()) {
            chain.add(u);
        }
        List<UserAccount> above = em.createQuery("select u from UserAccount u join fetch u.orgUnit "
                        + "where u.active = true and u.orgUnit in :units", UserAccount.class)
                .setParameter("units", chain)
                .getResultList();
        // Nearest unit first, then lower position first: the order in which the document climbs.
        above.sort(Comparator.<UserAccount>comparingInt(u -> chain.indexOf(u.getOrgUnit()))
                .thenComparing(UserAccount::getPosition)
                .thenComparing(UserAccount::getUsername));
        List<LineStep> line = new ArrayList<>();
        Position reached = drafter.getPosition();
        LineStep decision = null;
        for (UserAccount u : above) {
            if (u.getPosition().compareTo(reached) <= 0 || u.getUsername().equals(drafter.getUsername())) {
                continue;
            }
            reached = u.getPosition();
            if (u.getPosition().isAtLeast(decider)) {
                decision = step(StepKind.DECISION, u);
                break;
            }
            line.add(step(StepKind.REVIEW, u));
        }
        if (decision == null) {
            throw new InvalidInputException("line", "approval.noDecider", "no " + decider + " above " + drafter.getUsername(),
                    decider);
        }
        Set<String> onLine = new HashSet<>();
        line.forEach(s -> onLine.add(s.username()));
        onLine.add(decision.username());
        onLine.add(drafter.getUsername());
        for (UserAccount head : headsOf(consentingUnits)) {
            if (onLine.add(head.getUsername())) {
                line.add(step(StepKind.CONSENT, head));
            }
        }
        line.add(decision);
        return line;
    }

    /** The head of each department (or its highest-ranked member), in the order of the units given. */
    public List<UserAccount> headsOf(Collection<OrgUnit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<UserAccount> members = em.createQuery("select u from UserAccount u join fetch u.orgUnit o "
                        + "where u.active = true and (o in :units or o.parent in :units)", UserAccount.class)
                .setParameter("units", units)
                .getResultList();
        Map<OrgUnit, UserAccount> heads = new LinkedHashMap<>();
        units.forEach(u -> heads.put(u, null));
        for (UserAccount m : members) {
            OrgUnit dept = units.contains(m.getOrgUnit()) ? m.getOrgUnit() : m.getOrgUnit().getParent();
            UserAccount best = heads.get(dept);
            if (best == null || m.getPosition().compareTo(best.getPosition()) > 0
                    || m.getPosition() == best.getPosition() && m.getUsername().compareTo(best.getUsername()) < 0) {
                heads.put(dept, m);
            }
        }
        return heads.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The line the drafter chose, resolved against the directory: names and positions come from the accounts,
     * never from the client. Refused with the step's place when someone is unknown or inactive, or the decider
     * is below the delegation table's position.
     */
    public List<StepPlan> resolve(DocumentType type, List<LineStep> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            throw new InvalidInputException("line", "approval.lineNeedsDecision", "empty line");
        }
        List<String> names = wanted.stream().map(LineStep::username).toList();
        Map<String, UserAccount> accounts = new LinkedHashMap<>();
        em.createQuery("select u from UserAccount u where u.username in :names and u.active = true", UserAccount.class)
                .setParameter("names", names)
                .getResultList()
                .forEach(u -> accounts.put(u.getUsername(), u));
        List<StepPlan> plans = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            LineStep step = wanted.get(i);
            UserAccount account = accounts.get(step.username());
            if (account == null || step.kind() == null) {
                throw new InvalidInputException("line[" + i + "]", "approval.unknownApprover",
                        "unknown or inactive: " + step.username(), String.valueOf(step.username()));
            }
            plans.add(new StepPlan(step.kind(), account.getUsername(), account.getDisplayName(),
                    account.getPosition().name()));
        }
        StepPlan last = plans.get(plans.size() - 1);
        DelegationRule rule = rule(type);
        if (last.kind() == StepKind.DECISION
                && !rule.allowsDecisionBy(accounts.get(last.assigneeUsername()).getPosition())) {
            throw new InvalidInputException("line[" + (plans.size() - 1) + "]", "approval.deciderTooLow",
                    "decider below " + rule.getDecidingPosition(), last.assigneeName(),
                    rule.getDecidingPosition());
        }
        return plans;
    }

    /** The line of the delegation table for {@code type}. */
    public DelegationRule rule(DocumentType type) {
        DelegationRule rule = em.find(DelegationRule.class, type);
        if (rule == null) {
            throw new NotFoundException("DelegationRule", type);
        }
        return rule;
    }

    private static LineStep step(StepKind kind, UserAccount u) {
        return new LineStep(kind, u.getUsername(), u.getDisplayName(), u.getPosition(), u.getOrgUnit().getNameKo());
    }
}
