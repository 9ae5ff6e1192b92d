package kr.corepolicy.service.approval;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.approval.ApprovalDocument;
import kr.corepolicy.domain.approval.ApprovalStep;
import kr.corepolicy.domain.approval.Capacity;
import kr.corepolicy.domain.approval.DocumentStatus;
import kr.corepolicy.domain.approval.IllegalTransitionException;
import kr.corepolicy.domain.approval.StepKind;
import kr.corepolicy.domain.approval.StepPlan;
import kr.corepolicy.domain.approval.StepState;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.notification.LinkTarget;
import kr.corepolicy.domain.notification.NotificationKind;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.shared.ForbiddenException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.account.Accounts;
import kr.corepolicy.service.approval.ApprovalViews.Box;
import kr.corepolicy.service.approval.ApprovalViews.DocumentView;
import kr.corepolicy.service.approval.ApprovalViews.QueueCounts;
import kr.corepolicy.service.approval.ApprovalViews.QueueRow;
import kr.corepolicy.service.approval.ApprovalViews.QueueSort;
import kr.corepolicy.service.approval.ApprovalViews.StepView;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.notification.NotificationService;
import kr.corepolicy.service.organization.DepartmentScope;
import kr.corepolicy.service.platform.ClockProducer;
import kr.corepolicy.service.shared.AtStartup;
import kr.corepolicy.service.shared.Page;
import kr.corepolicy.service.shared.Paging;

/**
 * Acting on documents and reading the queues. Every action first takes the document's row lock, so that all
 * actions on one document happen one after the other: of two people acting on the same step at the same
 * moment exactly one wins and the other is told who did, and the last of several parallel consents is the one
 * that opens the decision. Who may act, and in what capacity, is decided here from the line and the recorded
 * absences; the client only says what it wants to do.
 */
@Stateless
@RolesAllowed(Role.Names.USER)
public class ApprovalService {

    public static final int MAX_PAGE_SIZE = 100;

    /** Who may take an action: the drafter, or the line (the holder of the pending step or their stand-in). */
    public enum Actor {
        DRAFTER,
        LINE
    }

    /**
     * What can be done to a document, each with who may do it, declared here once: the engine checks that before
     * anything else ({@link #permit}), for every type of document.
     */
    public enum Action {
        /** 상신: only the drafter sends, and resends after a return. */
        SUBMIT(Actor.DRAFTER),
        /** 승인 (본인, 전결, 대결): the holder of the pending step, or whoever stands in for them today. */
        APPROVE(Actor.LINE),
        /** 반려: as approve. */
        RETURN(Actor.LINE),
        /** 회수: only the drafter, before anyone signed. */
        WITHDRAW(Actor.DRAFTER);

        private final Actor actor;

        Action(Actor actor) {
            this.actor = actor;
        }

        /** Who may take this action. */
        public Actor actor() {
            return actor;
        }

        /** The actions a client names (approve, return, withdraw); 상신 goes through the subject's own service. */
        public static Action parse(String value) {
            for (Action a : List.of(APPROVE, RETURN, WITHDRAW)) {
                if (a.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return a;
                }
            }
            throw new InvalidInputException("action", "approval.unknownAction", "unknown action: " + value,
                    String.valueOf(value));
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditService audit;

    @Inject
    private NotificationService notifications;

    @Inject
    private Absences absences;

    @Inject
    private Accounts accounts;

    @Inject
    private DepartmentScope scope;

    @Inject
    private DocumentNumbers numbers;

    @Inject
    @Any
    private Instance<DocumentHandler> handlerBeans;

    private DocumentHandlers handlers;

    @Resource
    private SessionContext context;

    /**
     * 상신: starts a new round of {@code document} on {@code line} (null: the previous round's line) and tells
     * whoever the document now waits for. Runs in the caller's transaction (the subject's submission).
     */
    public void submit(ApprovalDocument document, List<StepPlan> line) {
        submit(document, line, caller(), clock.instant(), Telling.LIVE);
    }

    /**
     * Start-up only (the demo's reporting history): 상신 by the document's drafter at {@code at}, a moment of the
     * past, under the same checks, numbering, handler and audit as {@link #submit(ApprovalDocument, List)}; nobody
     * is told (the history is not news). Refused once someone other than an administrator is signed in.
     */
    @PermitAll
    public void submitAtStartup(ApprovalDocument document, List<StepPlan> line, Instant at) {
        AtStartup.requireNoCallerOrAdministrator(context, "submitDocument");
        submit(document, line, document.getDrafterUsername(), at, Telling.HISTORY);
    }

    /** Whether the people a step concerns are told: live actions tell them, the demo's recorded history does not. */
    private enum Telling {
        LIVE,
        HISTORY
    }

    private void submit(ApprovalDocument document, List<StepPlan> line, String me, Instant now, Telling telling) {
        permit(Action.SUBMIT, document, me, dayOf(now));
        handlers().of(document.getType()).beforeSubmit(document);
        document.submit(line, now);
        if (!document.isRegistered()) {
            register(document, dayOf(now).getYear(), telling);
        }
        if (document.getId() == null) {
            em.persist(document);
        }
        em.flush();
        audit.record(me, AuditAction.DOCUMENT_SUBMITTED, "document:" + document.getId(),
                "round " + document.getRound() + ": " + document.getTitle(), null);
        if (telling == Telling.LIVE) {
            announceArrivals(document, Set.of());
        }
    }

    /**
     * 문서번호 at the first submission: the drafter's department and the next running number of that department
     * in the year of the submission (Seoul time), taken under the counter's row lock until this submission commits.
     */
    private void register(ApprovalDocument document, int year, Telling telling) {
        String department = account(document.getDrafterUsername()).homeDepartment().getNameKo();
        long running = telling == Telling.LIVE ? numbers.next(department, year)
                : numbers.nextAtStartup(department, year);
        document.register(department, year, running);
    }

    /**
     * Approves, returns or withdraws. Approving signs the caller's pending step: their own (본인, or 전결 for a
     * decision below the head of the agency) or that of someone they stand in for today (대결).
     */
    public DocumentView act(long documentId, Action action, String comment) {
        String me = caller();
        ApprovalDocument document = act(documentId, action, comment, me, clock.instant(), Telling.LIVE);
        return view(document, me, standingInFor(me));
    }

    /**
     * Start-up only (the demo's reporting history): {@code signer} approves their pending step of the document at
     * {@code at}, a moment of the past, exactly as {@link #act} would (who may sign and in what capacity, the
     * signature, the audit, the handler of a decision), without telling anyone. Refused once someone other than an
     * administrator is signed in.
     */
    @PermitAll
    public void approveAtStartup(long documentId, String signer, String comment, Instant at) {
        AtStartup.requireNoCallerOrAdministrator(context, "approveDocument");
        act(documentId, Action.APPROVE, comment, signer, at, Telling.HISTORY);
    }

    private ApprovalDocument act(long documentId, Action action, String comment, String me, Instant now,
            Telling telling) {
        ApprovalDocument document = em.find(ApprovalDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (document == null) {
            throw new NotFoundException("ApprovalDocument", documentId);
        }
        Set<Long> pendingBefore = pendingIds(document);
        ApprovalDocument.StepAction step = permit(action, document, me, dayOf(now));
        switch (action) {
            case WITHDRAW -> {
                document.withdraw(me);
                audit.record(me, AuditAction.DOCUMENT_WITHDRAWN, "document:" + documentId, document.getTitle(), null);
                handlers().of(document.getType()).withdrawn(document);
            }
            case APPROVE -> approve(document, step, me, comment, now, telling);
            case RETURN -> giveBack(document, step, me, comment, now);
            case SUBMIT -> throw new IllegalStateException("상신 goes through submit(document, line)");
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // The row lock makes this unreachable in practice; the step versions are the second line of defence.
            throw new IllegalTransitionException("approval.alreadyProcessed", "lost a race on " + documentId, "-");
        }
        if (telling == Telling.LIVE) {
            announceArrivals(document, pendingBefore);
        }
        return document;
    }

    /**
     * The one check of who may take an action on a document, as the action declares it: the drafter's actions
     * are the drafter's alone; a step of the line is the holder's or their stand-in's today (the step and the
     * capacity are returned). Refused with the reason otherwise.
     */
    private ApprovalDocument.StepAction permit(Action action, ApprovalDocument document, String me, LocalDate day) {
        return switch (action.actor()) {
            case DRAFTER -> {
                if (action == Action.SUBMIT && !document.getDrafterUsername().equals(me)) {
                    throw new ForbiddenException("approval.onlyDrafterSubmits", me + " is not the drafter");
                }
                if (!document.getDrafterUsername().equals(me)) {
                    // As it always answered: a document someone else drafted cannot be taken back (409).
                    throw new IllegalTransitionException("approval.onlyDrafterWithdraws", "only the drafter withdraws");
                }
                yield null;
            }
            case LINE -> document.actionFor(me, absences.standingInFor(me, day));
        };
    }

    /** The handlers of this deployment, gathered once per bean instance (they do not change while it runs). */
    private DocumentHandlers handlers() {
        if (handlers == null) {
            handlers = new DocumentHandlers(handlerBeans);
        }
        return handlers;
    }

    private void approve(ApprovalDocument document, ApprovalDocument.StepAction action, String me, String comment,
            Instant now, Telling telling) {
        UserAccount signer = account(me);
        ApprovalStep step = document.approve(action.step().getSeq(), me, signer.getDisplayName(), action.capacity(),
                comment, now);
        audit.record(me, AuditAction.DOCUMENT_APPROVED, "document:" + document.getId(),
                step.getKind() + " " + action.capacity() + " round " + document.getRound(), null);
        if (telling == Telling.LIVE && action.capacity() == Capacity.STAND_IN && step.getKind() == StepKind.DECISION) {
            notifications.tell(step.getAssigneeUsername(), NotificationKind.STAND_IN_DECIDED, document.getTitle(),
                    signer.getDisplayName(), link(document));
        }
        if (document.getStatus() == DocumentStatus.APPROVED) {
            if (telling == Telling.LIVE) {
                notifications.tell(document.getDrafterUsername(), NotificationKind.APPROVED, document.getTitle(),
                        signer.getDisplayName(), link(document));
            }
            handlers().of(document.getType()).approved(document, me);
        }
    }

    private void giveBack(ApprovalDocument document, ApprovalDocument.StepAction action, String me, String reason,
            Instant now) {
        UserAccount signer = account(me);
        document.returnToDrafter(action.step().getSeq(), me, signer.getDisplayName(), action.capacity(), reason, now);
        audit.record(me, AuditAction.DOCUMENT_RETURNED, "document:" + document.getId(),
                "round " + document.getRound() + ": " + reason, null);
        notifications.tell(document.getDrafterUsername(), NotificationKind.RETURNED, document.getTitle(),
                reason, link(document));
        handlers().of(document.getType()).returned(document, reason);
    }

    /** Tells whoever a step just opened for, and the deputies of those who are away today. */
    private void announceArrivals(ApprovalDocument document, Set<Long> pendingBefore) {
        List<ApprovalStep> opened = document.pendingSteps().stream()
                .filter(s -> s.getId() == null || !pendingBefore.contains(s.getId())).toList();
        if (opened.isEmpty()) {
            return;
        }
        List<String> assignees = opened.stream().map(ApprovalStep::getAssigneeUsername).toList();
        Set<String> told = new HashSet<>();
        for (String assignee : assignees) {
            if (told.add(assignee)) {
                notifications.tell(assignee, NotificationKind.ARRIVED, document.getTitle(),
                        document.getDrafterName(), link(document));
            }
        }
        for (var absence : absences.allInForce(assignees, today())) {
            if (told.add(absence.getDeputyUsername())) {
                notifications.tell(absence.getDeputyUsername(), NotificationKind.ARRIVED, document.getTitle(),
                        document.getDrafterName(), link(document));
            }
        }
    }

    private static Set<Long> pendingIds(ApprovalDocument document) {
        Set<Long> ids = new HashSet<>();
        document.pendingSteps().forEach(s -> ids.add(s.getId()));
        return ids;
    }

    private static LinkTarget link(ApprovalDocument document) {
        return LinkTarget.of(LinkTarget.Kind.APPROVAL_DOCUMENT, document.getId());
    }

    /** The document with its line and history, if the caller may see it. */
    public DocumentView document(long id) {
        String me = caller();
        Set<String> deputyFor = standingInFor(me);
        return view(readable(id, me, deputyFor), me, deputyFor);
    }

    /**
     * The current round's line of a document the caller may read, as the line editor shows it (kind, person,
     * position and unit): after a return, the drafter's starting point for the next round.
     */
    public List<ApprovalViews.LineStep> lineOf(long id) {
        String me = caller();
        return readable(id, me, standingInFor(me)).currentRound().stream()
                .map(s -> new ApprovalViews.LineStep(s.getKind(), s.getAssigneeUsername(), s.getAssigneeName(),
                        position(s.getAssigneePosition()), s.getAssigneeUnit()))
                .toList();
    }

    private static Position position(String name) {
        try {
            return name == null ? null : Position.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /**
     * The next document waiting for the caller (or for someone they stand in for today), the oldest submission
     * first, in one query; empty when nothing waits. What an approver is offered after signing.
     */
    public Optional<QueueRow> nextWaiting() {
        String me = caller();
        return em.createQuery("select s from ApprovalStep s join fetch s.document d where s.state = :pending "
                        + "and s.assigneeUsername in :names" + order(QueueSort.SUBMITTED, false), ApprovalStep.class)
                .setParameter("pending", StepState.PENDING).setParameter("names", meAndAbsent(me))
                .setMaxResults(1).getResultStream().findFirst()
                .map(s -> row(s.getDocument(), s.getAssigneeUsername().equals(me) ? null : s.getAssigneeName()));
    }

    /** The document {@code id}, if {@code me} may read it: on its line, its drafter, or by department or role. */
    private ApprovalDocument readable(long id, String me, Set<String> deputyFor) {
        ApprovalDocument document = em.find(ApprovalDocument.class, id);
        if (document == null) {
            throw new NotFoundException("ApprovalDocument", id);
        }
        boolean involved = document.getDrafterUsername().equals(me) || document.getSteps().stream()
                .anyMatch(s -> s.getAssigneeUsername().equals(me) || deputyFor.contains(s.getAssigneeUsername())
                        || s.getSignature() != null && s.getSignature().getSignerUsername().equals(me));
        boolean official = document.getStatus() == DocumentStatus.APPROVED;
        if (!involved && !official && !scope.readsEveryDocument()
                && !scope.sharesDepartmentWith(document.getDrafterUsername())) {
            throw new ForbiddenException("approval.notYours", me + " may not read document " + id);
        }
        return document;
    }

    private DocumentView view(ApprovalDocument d, String me, Set<String> deputyFor) {
        List<StepView> current = new ArrayList<>();
        List<StepView> history = new ArrayList<>();
        for (ApprovalStep s : d.getSteps()) {
            StepView v = new StepView(s.getId() == null ? 0 : s.getId(), s.getRound(), s.getSeq(), s.getKind(),
                    s.getAssigneeUsername(), s.getAssigneeName(), s.getAssigneePosition(), s.getState(),
                    s.getSignature() == null ? null : s.getSignature().getSignerUsername(),
                    s.getSignature() == null ? null : s.getSignature().getSignerName(),
                    s.getSignature() == null ? null : s.getSignature().getCapacity(),
                    s.getSignature() == null ? null : s.getSignature().getSignedAt(),
                    s.getSignature() == null ? s.getSkipReason() : s.getSignature().getComment(), s.getAssigneeUnit());
            (s.getRound() == d.getRound() ? current : history).add(v);
        }
        ApprovalDocument.StepAction mine;
        try {
            mine = d.getStatus() == DocumentStatus.IN_PROGRESS ? d.actionFor(me, deputyFor) : null;
        } catch (RuntimeException notMine) {
            mine = null;
        }
        Capacity capacity = mine == null ? null : mine.capacity();
        boolean mayWithdraw = d.getStatus() == DocumentStatus.IN_PROGRESS && d.getDrafterUsername().equals(me)
                && d.currentRound().stream().noneMatch(s -> s.getSignature() != null);
        UserAccount drafter = accounts.find(d.getDrafterUsername()).orElse(null);
        String drafterUnit = d.getDrafterUnit() != null || drafter == null ? d.getDrafterUnit()
                : drafter.homeDepartment().getNameKo();
        return new DocumentView(d.getId() == null ? 0 : d.getId(), d.getType(), d.getTitle(), d.getDrafterUsername(),
                d.getDrafterName(), d.getStatus(), d.getRound(), d.getSubmittedAt(), d.getDecidedAt(), current,
                history, capacity != null, capacity != null, mayWithdraw, capacity, d.getNumber(), drafterUnit,
                drafter == null ? null : organisationOf(drafter.getOrgUnit()),
                mine == null ? null : mine.step().getKind());
    }

    /** The organisation a unit belongs to: the root of its org chart (경주시). */
    private static String organisationOf(OrgUnit unit) {
        OrgUnit root = unit;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getNameKo();
    }

    /** A page of one of the caller's queues, sorted on the server. */
    public Page<QueueRow> queue(Box box, QueueSort sort, boolean descending, int page, int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        int pageSize = size;
        int pageNo = page;
        String me = caller();
        if (box == Box.WAITING) {
            List<String> names = meAndAbsent(me);
            String where = " from ApprovalStep s join s.document d where s.state = :pending "
                    + "and s.assigneeUsername in :names";
            long total = em.createQuery("select count(s)" + where, Long.class)
                    .setParameter("pending", StepState.PENDING).setParameter("names", names).getSingleResult();
            List<ApprovalStep> steps = em.createQuery("select s" + where + order(sort, descending), ApprovalStep.class)
                    .setParameter("pending", StepState.PENDING).setParameter("names", names)
                    .setHint("eclipselink.join-fetch", "s.document")
                    .setFirstResult(pageNo * pageSize).setMaxResults(pageSize).getResultList();
            List<QueueRow> rows = steps.stream().map(s -> row(s.getDocument(),
                    s.getAssigneeUsername().equals(me) ? null : s.getAssigneeName())).toList();
            return new Page<>(rows, total, pageNo, pageSize);
        }
        DocumentStatus status = switch (box) {
            case IN_PROGRESS -> DocumentStatus.IN_PROGRESS;
            case DONE -> DocumentStatus.APPROVED;
            case RETURNED -> DocumentStatus.RETURNED;
            default -> DocumentStatus.DRAFT;
        };
        if (box == Box.DRAFTS) {
            String where = " from ApprovalDocument d where d.status = :status and d.drafterUsername = :me";
            long total = em.createQuery("select count(d)" + where, Long.class)
                    .setParameter("status", status).setParameter("me", me).getSingleResult();
            TypedQuery<ApprovalDocument> query = em.createQuery("select d" + where + order(sort, descending),
                    ApprovalDocument.class);
            List<QueueRow> rows = query.setParameter("status", status).setParameter("me", me)
                    .setFirstResult(pageNo * pageSize).setMaxResults(pageSize).getResultList().stream()
                    .map(d -> row(d, null)).toList();
            return new Page<>(rows, total, pageNo, pageSize);
        }
        return involving(me, status, sort, descending, pageNo, pageSize);
    }

    /**
     * The documents in a state that the caller drafted or signed, paged. "Drafted or signed" is the union of two
     * index lookups (the drafter index and {@code ix_approval_step_signer}, V12): written as one condition with
     * "or exists", both H2 and MySQL checked every document in that state (all the approved ones, 227,000 in the
     * generated city: seconds per page, issue #12). JPQL has no union over two tables, so this one is SQL.
     */
    @SuppressWarnings("unchecked")
    private Page<QueueRow> involving(String me, DocumentStatus status, QueueSort sort, boolean descending, int pageNo,
            int pageSize) {
        String mine = "(select id from approval_document where drafter_username = ?1 and status = ?2 union "
                + "select s.document_id from approval_step s join approval_document sd on sd.id = s.document_id "
                + "where s.signer_username = ?1 and sd.status = ?2) mine";
        long total = ((Number) em.createNativeQuery("select count(*) from " + mine)
                .setParameter(1, me).setParameter(2, status.name()).getSingleResult()).longValue();
        String dir = descending ? " desc" : " asc";
        String order = switch (sort) {
            case TITLE -> " order by d.title" + dir + ", d.id" + dir;
            case TYPE -> " order by d.doc_type" + dir + ", d.id" + dir;
            case SUBMITTED -> " order by d.submitted_at" + dir + ", d.id" + dir;
        };
        List<ApprovalDocument> documents = em.createNativeQuery("select d.* from approval_document d join " + mine
                        + " on mine.id = d.id" + order + " limit ?3 offset ?4", ApprovalDocument.class)
                .setParameter(1, me).setParameter(2, status.name()).setParameter(3, pageSize)
                .setParameter(4, (long) pageNo * pageSize).getResultList();
        return new Page<>(documents.stream().map(d -> row(d, null)).toList(), total, pageNo, pageSize);
    }

    private static String order(QueueSort sort, boolean descending) {
        String dir = descending ? " desc" : " asc";
        return switch (sort) {
            case TITLE -> " order by d.title" + dir + ", d.id" + dir;
            case TYPE -> " order by d.type" + dir + ", d.id" + dir;
            case SUBMITTED -> " order by d.submittedAt" + dir + ", d.id" + dir;
        };
    }

    private static QueueRow row(ApprovalDocument d, String standingInFor) {
        return new QueueRow(d.getId(), d.getType(), d.getTitle(), d.getDrafterName(), d.getStatus(), d.getRound(),
                d.getSubmittedAt(), d.getDecidedAt(), standingInFor, d.getNumber());
    }

    /** The header's counts: documents waiting for the caller (or their stand-in), and returned to them. */
    public QueueCounts counts() {
        String me = caller();
        long waiting = em.createQuery("select count(s) from ApprovalStep s where s.state = :pending and "
                        + "s.assigneeUsername in :names", Long.class)
                .setParameter("pending", StepState.PENDING).setParameter("names", meAndAbsent(me)).getSingleResult();
        long returned = em.createQuery("select count(d) from ApprovalDocument d where d.status = :returned "
                        + "and d.drafterUsername = :me", Long.class)
                .setParameter("returned", DocumentStatus.RETURNED).setParameter("me", me).getSingleResult();
        return new QueueCounts(waiting, returned);
    }

    /**
     * People the drafter may put on a line: active accounts whose name, user name or unit contains
     * {@code text}, at most {@code max}, by name.
     */
    public List<ApprovalViews.LineStep> candidates(String text, int max) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return em.createQuery("select u from UserAccount u join fetch u.orgUnit o where u.active = true and "
                        + "(lower(u.displayName) like :t or lower(u.username) like :t or lower(o.nameKo) like :t) "
                        + "order by u.displayName, u.username", UserAccount.class)
                .setParameter("t", like)
                .setMaxResults(Math.max(1, Math.min(max, 50)))
                .getResultStream()
                .map(u -> new ApprovalViews.LineStep(null, u.getUsername(), u.getDisplayName(), u.getPosition(),
                        u.getOrgUnit().getNameKo()))
                .toList();
    }

    /** Whom {@code username} stands in for today (대결): the people whose absence names them as deputy. */
    public Set<String> standingInFor(String username) {
        return absences.standingInFor(username, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.SEOUL));
    }

    /** The day (Seoul time) of a moment: the day whose absences count for an action then. */
    private static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ClockProducer.SEOUL);
    }

    /**
     * The caller and everyone they stand in for today: one list, so that the queue's condition is one "in" on
     * the queue index ({@code ix_approval_step_queue}); "me or in others" made H2 scan every step.
     */
    private List<String> meAndAbsent(String me) {
        List<String> names = new ArrayList<>(standingInFor(me));
        names.add(me);
        return names;
    }

    private UserAccount account(String username) {
        return accounts.require(username);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
