package kr.corepolicy.service.task;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.task.TaskWorkbook.CellError;
import kr.corepolicy.service.task.TaskWorkbook.ReadResult;

/**
 * Imports the planning office's task workbook: all or nothing. Every bad cell of the file and every task that
 * breaks a card rule is reported by sheet, row, column and reason, and then nothing at all is saved. Tasks
 * match by management number, so importing the same file twice changes nothing. One import runs at a time across
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
            if (!read.ok()) {
                return new ImportResult(read.errors(), 0, 0, 0);
            }
            return context.getBusinessObject(TaskImportService.class).save(read, fileName);
        } finally {
            claim.release(token);
        }
    }

    /** Saves what {@link #importWorkbook} read, in one transaction: all, or nothing and the problems. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportResult save(ReadResult read, String fileName) {
        TaskService.BatchResult batch = tasks.upsertAll(read.drafts());
        List<CellError> errors = new ArrayList<>();
        for (TaskService.Refusal r : batch.refusals()) {
            errors.add(new CellError(TASK_SHEET, read.rowOf(r.index()), columnOf(r.field()), r.messageKey(),
                    r.arguments()));
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
            return new ImportResult(errors, 0, 0, 0);
        }
        audit.record(context.getCallerPrincipal().getName(), AuditAction.TASKS_IMPORTED, fileName,
                created + " created, " + updated + " updated, " + unchanged + " unchanged", null);
        return new ImportResult(List.of(), created, updated, unchanged);
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
