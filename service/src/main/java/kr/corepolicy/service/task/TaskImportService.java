package kr.corepolicy.service.task;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.task.TaskWorkbook.CellError;
import kr.corepolicy.service.task.TaskWorkbook.ReadResult;

/**
 * Imports the planning office's task workbook: all or nothing. Every problem of the file is reported in one pass,
 * by sheet, row, column and reason: every bad cell, every unknown strategy, unit and user on the task sheet, and
 * every task whose clean row breaks a card rule, whatever the other rows hold; and then nothing at all is saved.
 * Tasks match by management number, so importing the same file twice changes nothing. One import runs at a time across
 * all instances ({@link TaskImportClaim}): reading a workbook takes memory, and two imports of the same tasks
 * would only conflict.
 */
@Stateless
@RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
public class TaskImportService {

    /** The outcome of an import: either errors (and nothing saved) or the counts of what happened. */
    public record ImportResult(List<CellError> errors, int created, int updated, int unchanged) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    static final String TASK_SHEET = "과제목록";

    @Inject
    private TaskService tasks;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private TaskImportClaim claim;

    @Resource
    private SessionContext context;

    /**
     * Reads and saves a workbook under the import claim, which is held until the save has committed or rolled
     * back. Throws {@link ImportBusyException} while another import runs.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportResult importWorkbook(InputStream workbook, String fileName) {
        String token = claim.take(context.getCallerPrincipal().getName());
        try {
            ReadResult read = TaskWorkbook.read(workbook);
            if (!read.ok() && read.drafts().isEmpty() && read.references().isEmpty()) {
                return new ImportResult(read.errors(), 0, 0, 0);
            }
            return context.getBusinessObject(TaskImportService.class).save(read, fileName);
        } finally {
            claim.release(token);
        }
    }

    /**
     * Saves what {@link #importWorkbook} read, in one transaction: all, or nothing and the problems. The card rules
     * run on the drafts even when reading found problems (and the transaction then rolls back), so that one pass
     * reports them all; a card rule's refusal in a cell already reported is not repeated.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportResult save(ReadResult read, String fileName) {
        List<CellError> errors = new ArrayList<>(read.errors());
        errors.addAll(TaskWorkbookReferences.unknown(em, read.references()));
        Set<String> reported = new HashSet<>();
        errors.forEach(e -> reported.add(place(e.sheet(), e.row(), e.column())));
        TaskService.BatchResult batch = tasks.upsertAll(read.drafts());
        for (TaskService.Refusal r : batch.refusals()) {
            CellError e = new CellError(TASK_SHEET, read.rowOf(r.index()), columnOf(r.field()), r.messageKey(),
                    r.arguments());
            if (reported.add(place(e.sheet(), e.row(), e.column()))) {
                errors.add(e);
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (TaskService.Upsert outcome : batch.outcomes()) {
            if (outcome == TaskService.Upsert.CREATED) {
                created++;
            } else if (outcome == TaskService.Upsert.UPDATED) {
                updated++;
            } else if (outcome == TaskService.Upsert.UNCHANGED) {
                unchanged++;
            }
        }
        if (!errors.isEmpty()) {
            context.setRollbackOnly();
            return new ImportResult(inFileOrder(errors), 0, 0, 0);
        }
        audit.record(context.getCallerPrincipal().getName(), AuditAction.TASKS_IMPORTED, fileName,
                created + " created, " + updated + " updated, " + unchanged + " unchanged", null);
        return new ImportResult(List.of(), created, updated, unchanged);
    }

    private static String place(String sheet, int row, String column) {
        return sheet + '\n' + row + '\n' + column;
    }

    /** The problems by sheet (in the workbook's order) and row; within a row, in the order found. */
    private static List<CellError> inFileOrder(List<CellError> errors) {
        List<String> sheets = List.of(TaskWorkbook.TASKS, TaskWorkbook.MILESTONES, TaskWorkbook.KPIS,
                TaskWorkbook.FUNDS);
        return errors.stream().sorted(Comparator.comparingInt((CellError e) -> e.sheet() == null ? -1
                        : sheets.indexOf(e.sheet()) < 0 ? sheets.size() : sheets.indexOf(e.sheet()))
                .thenComparingInt(CellError::row)).toList();
    }

    /** The heading of the workbook column (or the sheet) where a card rule's field lives. */
    static String columnOf(String field) {
        if (field == null) {
            return "";
        }
        return switch (field) {
            case "managementNumber" -> "관리번호";
            case "strategyNumber" -> "전략번호";
            case "title" -> "과제명";
            case "titleEn" -> "과제명(영문)";
            case "summary" -> "과제개요";
            case "owningUnit", "owningUnitCode" -> "주관부서";
            case "officer", "officerUsername" -> "담당자 아이디";
            case "collaboratingUnits", "collaboratingUnitCodes" -> "협조부서";
            case "sources" -> "출처";
            case "period" -> "시작일";
            case "term" -> "추진기간";
            case "status" -> "추진상태";
            case "milestones" -> "추진계획";
            case "kpis" -> "성과지표";
            case "funds", "fundPlan" -> "재원계획";
            default -> field;
        };
    }
}
