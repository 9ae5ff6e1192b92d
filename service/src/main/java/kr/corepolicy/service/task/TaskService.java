package kr.corepolicy.service.task;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.shared.ConflictException;
import kr.corepolicy.domain.shared.ForbiddenException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.domain.strategy.Strategy;
import kr.corepolicy.domain.task.FundPlanLine;
import kr.corepolicy.domain.task.Kpi;
import kr.corepolicy.domain.task.Milestone;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.domain.task.TaskPeriod;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;
import kr.corepolicy.service.account.Accounts;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.dashboard.DashboardSnapshots;
import kr.corepolicy.service.kpi.KpiStandings;
import kr.corepolicy.service.organization.DepartmentScope;
import kr.corepolicy.service.shared.AtStartup;
import kr.corepolicy.service.shared.OrgUnits;
import kr.corepolicy.service.task.TaskViews.FundLineView;
import kr.corepolicy.service.task.TaskViews.KpiView;
import kr.corepolicy.service.task.TaskViews.MilestoneView;
import kr.corepolicy.service.task.TaskViews.TaskCard;

/**
 * Task cards: reading one whole, creating, editing. Who may edit what is decided here, not in the pages: the
 * planning office and the administrator edit everything; the owning department edits the operational fields
 * of its own tasks (officer, summary, yearly plan); everyone else reads. An edit carries the version the
 * editor saw, and a stale one is refused with a conflict that loses nothing already saved.
 */
@Stateless
@RolesAllowed(Role.Names.USER)
public class TaskService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DashboardSnapshots dashboards;

    @Inject
    private AuditService audit;

    @Inject
    private Accounts accounts;

    @Inject
    private OrgUnits units;

    @Inject
    private DepartmentScope scope;

    @Inject
    private TaskKpis kpis;

    @Inject
    private KpiStandings kpiStandings;

    @Resource
    private SessionContext context;

    /** The whole card; a bounded number of statements (the task, then each of its collections once). */
    public TaskCard card(long id) {
        PolicyTask task = load(id);
        kpis.readWithTargets(task);
        return card(task);
    }

    /** Finds a task by its management number, e.g. "3-4". */
    public Optional<Long> findIdByNumber(String managementNumber) {
        return em.createQuery("select t.id from PolicyTask t where t.managementNumber = :n", Long.class)
                .setParameter("n", managementNumber == null ? "" : managementNumber.strip())
                .getResultStream().findFirst();
    }

    /** Creates a task (planning office, administrator). */
    @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
    public TaskCard create(TaskDraft draft) {
        requireUniqueNumber(draft.managementNumber(), null);
        PolicyTask task = new PolicyTask(draft.managementNumber(), draft.title(), strategy(draft.strategyNumber()),
                unit("owningUnitCode", draft.owningUnitCode()), period(draft), term(draft.term()));
        apply(task, draft);
        em.persist(task);
        em.flush();
        audit.record(caller(), AuditAction.TASK_CREATED, "task:" + task.getManagementNumber(), task.getTitle(), null);
        dashboards.changed();
        return card(task);
    }

    /** What {@link #upsert} did with one draft. */
    public enum Upsert {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /**
     * Creates the task of the draft's management number, or brings the existing one to the draft (an import:
     * the planning office's spreadsheet is the newer truth, so no version is compared). Equal values change
     * nothing, so importing the same file twice leaves every task as it was.
     */
    @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
    public Upsert upsert(TaskDraft draft) {
        Upsert outcome = upsertOne(draft);
        if (outcome != Upsert.UNCHANGED) {
            dashboards.changed();
        }
        return outcome;
    }

    /** A draft of a batch that broke a card rule: its index, the field and the message. */
    public record Refusal(int index, String field, String messageKey, List<Object> arguments) {
    }

    /** What {@link #upsertAll} did: one outcome per draft (null where refused), and the refusals. */
    public record BatchResult(List<Upsert> outcomes, List<Refusal> refusals) {
    }

    /**
     * Upserts every draft and collects every refusal instead of stopping at the first, all inside this one
     * call (a refusal crossing the EJB boundary would doom the caller's transaction). After a refusal the
     * persistence context is cleared, so that a half-applied card is never flushed; the caller rolls back.
     */
    @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
    public BatchResult upsertAll(List<TaskDraft> drafts) {
        List<Upsert> outcomes = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            try {
                outcomes.add(upsertOne(drafts.get(i)));
            } catch (InvalidInputException e) {
                outcomes.add(null);
                refusals.add(new Refusal(i, e.getField(), e.getMessageKey(), List.of(e.getArguments())));
                em.clear();
            }
        }
        if (refusals.isEmpty() && outcomes.stream().anyMatch(o -> o != Upsert.UNCHANGED)) {
            dashboards.changed();
        }
        return new BatchResult(outcomes, refusals);
    }

    private Upsert upsertOne(TaskDraft draft) {
        Optional<Long> existing = findIdByNumber(normalisedNumber(draft.managementNumber()));
        if (existing.isEmpty()) {
            PolicyTask task = new PolicyTask(draft.managementNumber(), draft.title(), strategy(draft.strategyNumber()),
                    unit("owningUnitCode", draft.owningUnitCode()), period(draft), term(draft.term()));
            adopt(task, draft);
            apply(task, draft);
            em.persist(task);
            return Upsert.CREATED;
        }
        PolicyTask task = load(existing.get());
        long before = task.getVersion();
        task.renumber(draft.managementNumber(), strategy(draft.strategyNumber()));
        apply(task, draft);
        em.flush();
        return task.getVersion() == before ? Upsert.UNCHANGED : Upsert.UPDATED;
    }

    /** Every task card, in management-number order, with a fixed number of statements (for the export). */
    public List<TaskCard> allCards() {
        List<PolicyTask> all = em.createQuery("select t from PolicyTask t join fetch t.strategy s "
                        + "join fetch t.owningUnit left join fetch t.officer o left join fetch o.orgUnit "
                        + "order by s.number, length(t.managementNumber), t.managementNumber", PolicyTask.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "t.collaboratingUnits")
                .setHint("eclipselink.batch", "t.sources")
                .setHint("eclipselink.batch", "t.milestones")
                .setHint("eclipselink.batch", "t.kpis")
                .setHint("eclipselink.batch", "t.kpis.targets")
                .setHint("eclipselink.batch", "t.fundPlan")
                .getResultList();
        boolean everything = scope.editsEveryTask();
        return all.stream().map(t -> TaskCards.card(t, everything, everything)).toList();
    }

    private static String normalisedNumber(String number) {
        return number == null ? "" : number.strip().replaceFirst("^0+(\\d)", "$1").replaceFirst("-0+(\\d)", "-$1");
    }

    /**
     * Creates a task while the application starts (demo data), when there is no caller yet, under the same
     * rules as {@link #create}. Refused once a user is signed in, unless that user is an administrator.
     */
    @PermitAll
    public long createAtStartup(TaskDraft draft, boolean demo) {
        AtStartup.requireNoCallerOrAdministrator(context, "createTask");
        requireUniqueNumber(draft.managementNumber(), null);
        PolicyTask task = new PolicyTask(draft.managementNumber(), draft.title(), strategy(draft.strategyNumber()),
                unit("owningUnitCode", draft.owningUnitCode()), period(draft), term(draft.term()));
        adopt(task, draft);
        apply(task, draft);
        if (demo) {
            task.markAsDemo();
        }
        em.persist(task);
        dashboards.changed();
        return task.getId() == null ? 0 : task.getId();
    }

    /**
     * Replaces the card with the draft. {@code expectedVersion} is the version the editor saw; the owning
     * department may change only the operational fields.
     */
    public TaskCard update(long id, long expectedVersion, TaskDraft draft) {
        PolicyTask task = load(id);
        boolean planner = scope.editsEveryTask();
        // Who may edit is decided before anything else, so that a refusal tells nothing about the record's state.
        if (!planner && !scope.ownsTask(task)) {
            throw new ForbiddenException("task.notYourTask", "not of the owning department", task.getManagementNumber());
        }
        if (task.getVersion() != expectedVersion) {
            throw new ConflictException("PolicyTask", id, expectedVersion, task.getVersion());
        }
        if (!planner) {
            List<String> reserved = planningFieldsChanged(task, draft);
            if (!reserved.isEmpty()) {
                throw new ForbiddenException("task.planningFieldsOnly", "planning fields changed: " + reserved,
                        String.join(", ", reserved));
            }
        } else {
            requireUniqueNumber(draft.managementNumber(), task.getId());
            task.renumber(draft.managementNumber(), strategy(draft.strategyNumber()));
            task.retitle(draft.title(), draft.titleEn());
        }
        long before = task.getVersion();
        apply(task, draft);
        em.flush();
        if (task.getVersion() != before) {
            audit.record(caller(), AuditAction.TASK_UPDATED, "task:" + task.getManagementNumber(),
                    "version " + task.getVersion(), null);
            dashboards.changed();
        }
        return card(task);
    }

    /** Applies every field of the draft; unchanged values leave the row untouched (no new version). */
    void apply(PolicyTask task, TaskDraft draft) {
        task.retitle(draft.title(), draft.titleEn());
        task.describe(draft.summary());
        Set<OrgUnit> collaborators = new LinkedHashSet<>();
        for (String code : draft.collaboratingUnitCodes()) {
            collaborators.add(unit("collaboratingUnitCodes", code));
        }
        OrgUnit owner = unit("owningUnitCode", draft.owningUnitCode());
        if (!owner.equals(task.getOwningUnit())) {
            task.replaceCollaboratingUnits(Set.of());
            task.assignOwningUnit(owner);
        }
        task.replaceCollaboratingUnits(collaborators);
        task.assignOfficer(draft.officerUsername() == null || draft.officerUsername().isBlank() ? null
                : user("officerUsername", draft.officerUsername()));
        task.replaceSources(draft.sources());
        TaskPeriod period = period(draft);
        if (!period.equals(task.getPeriod())) {
            widenThenFit(task, period, draft);
        }
        task.plan(term(draft.term()));
        requireStatusUnchanged(task, draft.status());
        replaceMilestones(task, draft.milestones());
        replaceKpis(task, draft.kpis());
        replaceFunds(task, draft.fundPlan());
        if (task.getOfficialReportId() != null) {
            // The KPIs, their targets or the period may have moved: where each KPI stands is assessed again.
            kpiStandings.refresh(task);
        }
    }

    /**
     * The status is not edited on the card: a task starts {@link TaskStatus#INITIAL} (or, from the demo data and
     * an import that creates it, as adopted) and then follows its approved documents. A draft may leave it out
     * (null: unchanged) or repeat it; a different one is refused naming the field, for everyone.
     */
    private static void requireStatusUnchanged(PolicyTask task, TaskStatus wanted) {
        if (wanted != null && wanted != task.getStatus()) {
            throw new InvalidInputException("status", "task.statusNotEditable",
                    "status " + task.getStatus() + " is not edited (wanted " + wanted + ")", task.getStatus());
        }
    }

    /** A task created from an existing portfolio (demo data, an import) keeps the status it had there. */
    private static void adopt(PolicyTask task, TaskDraft draft) {
        if (draft.status() != null) {
            task.adoptStatus(draft.status());
        }
    }

    /**
     * A new period may exclude plans that the same draft replaces: clear what falls outside first, then
     * move the period (the plans of the draft are applied after this).
     */
    private static void widenThenFit(PolicyTask task, TaskPeriod period, TaskDraft draft) {
        for (Milestone m : List.copyOf(task.getMilestones())) {
            if (!period.containsQuarter(m.getYear(), m.getQuarter())) {
                task.removeMilestone(m);
            }
        }
        for (Kpi k : task.getKpis()) {
            Map<Integer, BigDecimal> kept = new TreeMap<>(k.getTargets());
            kept.keySet().removeIf(year -> !period.containsYear(year));
            k.replaceTargets(kept);
        }
        for (FundPlanLine f : List.copyOf(task.getFundPlan())) {
            if (!period.containsYear(f.getFiscalYear())) {
                task.planFunds(f.getFiscalYear(), f.getSource(), 0);
            }
        }
        task.reschedule(period);
    }

    private static void replaceMilestones(PolicyTask task, List<MilestoneView> wanted) {
        List<Milestone> current = task.getMilestones();
        boolean same = current.size() == wanted.size();
        for (int i = 0; same && i < wanted.size(); i++) {
            MilestoneView w = wanted.get(i);
            same = current.get(i).sameAs(w.year(), w.quarter(), w.content());
        }
        if (same) {
            return;
        }
        for (Milestone m : List.copyOf(current)) {
            task.removeMilestone(m);
        }
        for (MilestoneView w : wanted) {
            task.addMilestone(w.year(), w.quarter(), w.content());
        }
    }

    private static void replaceKpis(PolicyTask task, List<KpiView> wanted) {
        List<Kpi> current = task.getKpis();
        if (current.size() != wanted.size()) {
            for (Kpi k : List.copyOf(current)) {
                task.removeKpi(k);
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            KpiView w = wanted.get(i);
            Kpi kpi = i < task.getKpis().size() ? task.getKpis().get(i)
                    : task.addKpi(w.name(), w.unit(), w.direction(), w.baseline(), w.howMeasured());
            if (!Objects.equals(kpi.getName(), w.name()) || !Objects.equals(kpi.getUnit(), w.unit())
                    || kpi.getDirection() != w.direction() || !sameNumber(kpi.getBaseline(), w.baseline())
                    || !Objects.equals(kpi.getHowMeasured(), blankToNull(w.howMeasured()))) {
                kpi.define(w.name(), w.unit(), w.direction(), w.baseline(), w.howMeasured());
            }
            kpi.replaceTargets(w.targets() == null ? Map.of() : w.targets());
        }
    }

    private static void replaceFunds(PolicyTask task, List<FundLineView> wanted) {
        Set<String> keep = new HashSet<>();
        for (FundLineView line : wanted) {
            if (!keep.add(line.fiscalYear() + "/" + line.source())) {
                throw new InvalidInputException("funds", "task.duplicateFundLine", "duplicate fund line",
                        String.valueOf(line.fiscalYear()), line.source().name());
            }
            task.planFunds(line.fiscalYear(), line.source(), line.amountWon());
        }
        for (FundPlanLine line : List.copyOf(task.getFundPlan())) {
            if (!keep.contains(line.getFiscalYear() + "/" + line.getSource())) {
                task.planFunds(line.getFiscalYear(), line.getSource(), 0);
            }
        }
    }

    /** The fields only the planning office may change, named as the card names them, that the draft changes. */
    private List<String> planningFieldsChanged(PolicyTask task, TaskDraft draft) {
        List<String> changed = new ArrayList<>();
        if (!task.getManagementNumber().equals(draft.managementNumber() == null ? null
                : draft.managementNumber().strip())) {
            changed.add("managementNumber");
        }
        if (!task.getTitle().equals(draft.title() == null ? null : draft.title().strip())
                || !Objects.equals(task.getTitleEn(), blankToNull(draft.titleEn()))) {
            changed.add("title");
        }
        if (task.getStrategy().getNumber() != draft.strategyNumber()) {
            changed.add("strategy");
        }
        if (!task.getOwningUnit().getCode().equals(draft.owningUnitCode())) {
            changed.add("owningUnit");
        }
        Set<String> collaborators = new HashSet<>();
        task.getCollaboratingUnits().forEach(u -> collaborators.add(u.getCode()));
        if (!collaborators.equals(new HashSet<>(draft.collaboratingUnitCodes()))) {
            changed.add("collaboratingUnits");
        }
        if (!task.getSources().equals(draft.sources())) {
            changed.add("sources");
        }
        if (!task.getPeriod().getStartDate().equals(draft.start()) || !task.getPeriod().getEndDate().equals(draft.end())) {
            changed.add("period");
        }
        if (task.getTerm() != draft.term()) {
            changed.add("term");
        }
        if (!TaskCards.kpis(task).equals(normalisedKpis(draft.kpis()))) {
            changed.add("kpis");
        }
        if (!TaskCards.funds(task).equals(normalisedFunds(draft.fundPlan()))) {
            changed.add("fundPlan");
        }
        return changed;
    }

    private static List<KpiView> normalisedKpis(List<KpiView> kpis) {
        return TaskCards.normaliseKpis(kpis);
    }

    private static List<FundLineView> normalisedFunds(List<FundLineView> lines) {
        return TaskCards.normaliseFunds(lines);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The card with whether the signed-in user may edit this task at all, and everything on it, and the
     * official figures (approved reports are open to every employee): one statement for the approved reports,
     * one each for the official report's KPI actuals and fund lines, however many reports the task has.
     */
    private TaskCard card(PolicyTask task) {
        boolean everything = scope.editsEveryTask();
        boolean operational = everything || scope.ownsTask(task);
        TaskCard card = TaskCards.card(task, operational, everything);
        if (task.getId() == null) {
            return card;
        }
        return card.withOfficial(ProgressReport.officialAmong(em.createNamedQuery(ProgressReport.APPROVED_OF_TASK,
                ProgressReport.class).setParameter("task", task).getResultList())
                .map(r -> TaskCards.official(r, task)).orElse(null));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private PolicyTask load(long id) {
        List<PolicyTask> found = em.createQuery("select t from PolicyTask t join fetch t.strategy "
                        + "join fetch t.owningUnit left join fetch t.officer o left join fetch o.orgUnit where t.id = :id",
                        PolicyTask.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("PolicyTask", id);
        }
        return found.get(0);
    }

    private void requireUniqueNumber(String number, Long exceptId) {
        String normalised = normalisedNumber(number);
        Optional<Long> existing = findIdByNumber(normalised);
        if (existing.isPresent() && !existing.get().equals(exceptId)) {
            throw new InvalidInputException("managementNumber", "task.numberTaken", "number taken: " + number,
                    normalised);
        }
    }

    private Strategy strategy(int number) {
        return em.createQuery("select s from Strategy s where s.number = :n", Strategy.class).setParameter("n", number)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("strategyNumber", "task.unknownStrategy",
                        "no strategy " + number, number));
    }

    private OrgUnit unit(String field, String code) {
        return units.find(code).orElseThrow(() -> new InvalidInputException(field, "task.unknownUnit", "no unit " + code,
                        String.valueOf(code)));
    }

    private UserAccount user(String field, String username) {
        return accounts.find(username.strip())
                .orElseThrow(() -> new InvalidInputException(field, "task.unknownUser", "no user " + username,
                        username));
    }

    private static TaskPeriod period(TaskDraft draft) {
        return new TaskPeriod(draft.start(), draft.end());
    }

    private static TaskTerm term(TaskTerm term) {
        if (term == null) {
            throw new InvalidInputException("term", "task.termRequired", "term required");
        }
        return term;
    }
}
