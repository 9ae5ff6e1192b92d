package kr.corepolicy.service.approval;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
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
import kr.corepolicy.domain.approval.Absence;
import kr.corepolicy.domain.approval.DelegationRule;
import kr.corepolicy.domain.approval.DocumentType;
import kr.corepolicy.domain.approval.StandInRule;
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

    @Inject
    private Absences absences;

    /** The proposed line of a document of {@code type} drafted by {@code drafter}. */
    public List<LineStep> propose(DocumentType type, UserAccount drafter, Collection<OrgUnit> consentingUnits) {
        Position decider = rule(type).getDecidingPosition();
        List<LineStep> line = new ArrayList<>();
        LineStep decision = null;
        for (UserAccount u : superiors(drafter)) {
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

    /**
     * The drafter's chain of superiors in the order a document climbs: nearest unit first, one person for each
     * position above the drafter's.
     */
    List<UserAccount> superiors(UserAccount drafter) {
        List<OrgUnit> chain = new ArrayList<>();
        for (OrgUnit u = drafter.getOrgUnit(); u != null; u = u.getParent()) {
            chain.add(u);
        }
        List<UserAccount> above = em.createQuery("select u from UserAccount u join fetch u.orgUnit "
                        + "where u.active = true and u.orgUnit in :units", UserAccount.class)
                .setParameter("units", chain)
                .getResultList();
        above.sort(Comparator.<UserAccount>comparingInt(u -> chain.indexOf(u.getOrgUnit()))
                .thenComparing(UserAccount::getPosition)
                .thenComparing(UserAccount::getUsername));
        List<UserAccount> climb = new ArrayList<>();
        Position reached = drafter.getPosition();
        for (UserAccount u : above) {
            if (u.getPosition().compareTo(reached) <= 0 || u.getUsername().equals(drafter.getUsername())) {
                continue;
            }
            reached = u.getPosition();
            climb.add(u);
        }
        return climb;
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
     * The line the drafter chose, resolved against the directory and checked against the rules; names and
     * positions come from the accounts, never from the client. The drafter may add people and choose a higher
     * decider, but may not leave out what the rules require:
     * <ul>
     * <li>the decider is a superior of the drafter (in the drafter's chain of units) at or above the delegation
     * table's position;</li>
     * <li>every position of the drafter's chain below the decider reviews, in climbing order; a required
     * reviewer who is away today may be left out, and the step is then kept as skipped with the absence's reason
     * (domain.md: 부재 시 검토 생략);</li>
     * <li>reviewers are superiors of the drafter below the decider;</li>
     * <li>every collaborating department consents, through its head or someone of at least the head's
     * position.</li>
     * </ul>
     * Refused with the step's place ({@code line[i]}) or the line as a whole naming what is missing.
     */
    public List<StepPlan> resolve(DocumentType type, UserAccount drafter, Collection<OrgUnit> consentingUnits,
            List<LineStep> wanted, LocalDate today) {
        if (wanted == null || wanted.isEmpty()) {
            throw new InvalidInputException("line", "approval.lineNeedsDecision", "empty line");
        }
        List<String> names = wanted.stream().map(LineStep::username).filter(java.util.Objects::nonNull).toList();
        Map<String, UserAccount> accounts = new LinkedHashMap<>();
        if (!names.isEmpty()) {
            em.createQuery("select u from UserAccount u join fetch u.orgUnit where u.username in :names "
                            + "and u.active = true", UserAccount.class)
                    .setParameter("names", names)
                    .getResultList()
                    .forEach(u -> accounts.put(u.getUsername(), u));
        }
        for (int i = 0; i < wanted.size(); i++) {
            LineStep step = wanted.get(i);
            if (step == null || accounts.get(step.username()) == null || step.kind() == null) {
                throw new InvalidInputException("line[" + i + "]", "approval.unknownApprover",
                        "unknown or inactive: " + (step == null ? null : step.username()),
                        String.valueOf(step == null ? null : step.username()));
            }
        }
        int last = wanted.size() - 1;
        if (wanted.get(last).kind() != StepKind.DECISION) {
            throw new InvalidInputException("line", "approval.lineNeedsDecision", "the line must end in a decision");
        }
        UserAccount decider = accounts.get(wanted.get(last).username());
        DelegationRule rule = rule(type);
        if (!rule.allowsDecisionBy(decider.getPosition())) {
            throw new InvalidInputException("line[" + last + "]", "approval.deciderTooLow",
                    "decider below " + rule.getDecidingPosition(), decider.getDisplayName(),
                    rule.getDecidingPosition());
        }
        if (!isSuperior(decider, drafter)) {
            throw new InvalidInputException("line[" + last + "]", "approval.deciderNotInChain",
                    decider.getUsername() + " is not a superior of " + drafter.getUsername(), decider.getDisplayName());
        }
        List<StepPlan> reviews = new ArrayList<>();
        List<StepPlan> consents = new ArrayList<>();
        Position previous = drafter.getPosition();
        for (int i = 0; i < last; i++) {
            LineStep step = wanted.get(i);
            UserAccount who = accounts.get(step.username());
            if (step.kind() == StepKind.REVIEW) {
                if (!isSuperior(who, drafter) || who.getPosition().compareTo(decider.getPosition()) >= 0) {
                    throw new InvalidInputException("line[" + i + "]", "approval.reviewerNotInChain",
                            who.getUsername() + " is not a superior of " + drafter.getUsername() + " below the decider",
                            who.getDisplayName());
                }
                if (who.getPosition().compareTo(previous) < 0) {
                    throw new InvalidInputException("line[" + i + "]", "approval.reviewOrder",
                            "reviews climb the chain", who.getDisplayName());
                }
                previous = who.getPosition();
                reviews.add(plan(step.kind(), who, null));
            } else {
                consents.add(plan(step.kind(), who, null));
            }
        }
        // Every position of the chain below the decider reviews, or is away and skipped with the reason.
        List<UserAccount> required = superiors(drafter).stream()
                .filter(u -> u.getPosition().compareTo(decider.getPosition()) < 0).toList();
        Map<String, Absence> away = absences.inForce(required.stream().map(UserAccount::getUsername).toList(), today);
        for (UserAccount reviewer : required) {
            boolean present = reviews.stream()
                    .anyMatch(r -> accounts.get(r.assigneeUsername()).getPosition() == reviewer.getPosition());
            if (present) {
                continue;
            }
            Absence absence = away.get(reviewer.getUsername());
            if (absence == null) {
                throw new InvalidInputException("line", "approval.reviewMissing",
                        "review by " + reviewer.getUsername() + " left out", reviewer.getDisplayName());
            }
            reviews.add(plan(StepKind.REVIEW, reviewer, absence.getReason()));
            accounts.put(reviewer.getUsername(), reviewer);
        }
        reviews.sort(Comparator.comparing(r -> accounts.get(r.assigneeUsername()).getPosition()));
        // Every collaborating department consents (unless it is the drafter's own).
        List<UserAccount> heads = headsOf(consentingUnits);
        for (UserAccount head : heads) {
            OrgUnit dept = head.homeDepartment();
            if (StandInRule.isWithin(drafter.getOrgUnit(), dept)) {
                continue;
            }
            boolean consenting = java.util.stream.Stream.concat(consents.stream(), reviews.stream())
                    .filter(p -> !p.skipped())
                    .map(p -> accounts.get(p.assigneeUsername()))
                    .anyMatch(u -> StandInRule.isWithin(u.getOrgUnit(), dept)
                            && u.getPosition().isAtLeast(head.getPosition()))
                    || StandInRule.isWithin(decider.getOrgUnit(), dept);
            if (!consenting) {
                throw new InvalidInputException("line", "approval.consentMissing",
                        "no consent of " + dept.getCode(), dept.getNameKo());
            }
        }
        List<StepPlan> plans = new ArrayList<>(reviews);
        plans.addAll(consents);
        plans.add(plan(StepKind.DECISION, decider, null));
        return plans;
    }

    /** Whether {@code superior} stands above {@code person}: in their chain of units, of a higher position. */
    private static boolean isSuperior(UserAccount superior, UserAccount person) {
        return StandInRule.isWithin(person.getOrgUnit(), superior.getOrgUnit())
                && superior.getPosition().compareTo(person.getPosition()) > 0;
    }

    private static StepPlan plan(StepKind kind, UserAccount who, String skipReason) {
        return new StepPlan(kind, who.getUsername(), who.getDisplayName(), who.getPosition().name(), skipReason,
                who.getOrgUnit().getNameKo());
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
