package kr.corepolicy.service.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;
import kr.corepolicy.service.task.TaskViews.FundLineView;
import kr.corepolicy.service.task.TaskViews.KpiView;
import kr.corepolicy.service.task.TaskViews.MilestoneView;

/**
 * A whole task card as an editor, the API or an imported spreadsheet row submits it. Lists replace what the
 * task had; values equal to the stored ones change nothing.
 */
public record TaskDraft(String managementNumber, String title, String titleEn, String summary, int strategyNumber,
        String owningUnitCode, String officerUsername, List<String> collaboratingUnitCodes, Set<TaskSource> sources,
        LocalDate start, LocalDate end, TaskTerm term, TaskStatus status, List<MilestoneView> milestones,
        List<KpiView> kpis, List<FundLineView> fundPlan) {

    public TaskDraft {
        collaboratingUnitCodes = collaboratingUnitCodes == null ? List.of() : List.copyOf(collaboratingUnitCodes);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        fundPlan = fundPlan == null ? List.of() : List.copyOf(fundPlan);
    }
}
