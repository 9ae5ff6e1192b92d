package kr.corepolicy.web.rest.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;
import kr.corepolicy.service.task.TaskDraft;
import kr.corepolicy.service.task.TaskViews.FundLineView;
import kr.corepolicy.service.task.TaskViews.KpiView;
import kr.corepolicy.service.task.TaskViews.MilestoneView;

/**
 * The body of {@code POST /api/tasks} and {@code PUT /api/tasks/{id}}: the whole card, plus, for PUT, the
 * {@code version} the client read (a stale one gets 409).
 */
public record TaskInput(Long version, String managementNumber, String title, String titleEn, String summary,
        Integer strategyNumber, String owningUnitCode, String officerUsername, List<String> collaboratingUnitCodes,
        Set<TaskSource> sources, LocalDate start, LocalDate end, TaskTerm term, TaskStatus status,
        List<MilestoneView> milestones, List<KpiView> kpis, List<FundLineView> fundPlan) {

    TaskDraft toDraft() {
        return new TaskDraft(managementNumber, title, titleEn, summary, strategyNumber == null ? 0 : strategyNumber,
                owningUnitCode, officerUsername, collaboratingUnitCodes, sources, start, end, term, status, milestones,
                kpis, fundPlan);
    }
}
