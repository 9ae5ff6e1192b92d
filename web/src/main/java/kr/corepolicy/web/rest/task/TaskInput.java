package kr.corepolicy.web.rest.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.strategy.Strategy;
import kr.corepolicy.domain.task.PolicyTask;
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
public record TaskInput(@PositiveOrZero Long version, @Size(max = PolicyTask.NUMBER_MAX) String managementNumber,
        @Size(max = PolicyTask.TITLE_MAX) String title, @Size(max = PolicyTask.TITLE_MAX) String titleEn,
        @Size(max = PolicyTask.SUMMARY_MAX) String summary,
        @Min(1) @Max(Strategy.MAX_NUMBER) Integer strategyNumber,
        @Size(max = OrgUnit.CODE_MAX) String owningUnitCode,
        @Size(max = UserAccount.USERNAME_MAX) String officerUsername,
        @Size(max = MAX_COLLABORATORS) List<@Size(max = OrgUnit.CODE_MAX) String> collaboratingUnitCodes,
        Set<TaskSource> sources, LocalDate start, LocalDate end, TaskTerm term, TaskStatus status,
        @Size(max = PolicyTask.MAX_MILESTONES) List<MilestoneView> milestones,
        @Size(max = PolicyTask.MAX_KPIS) List<KpiView> kpis,
        @Size(max = MAX_FUND_LINES) List<FundLineView> fundPlan) {

    /** More departments than a city has. */
    static final int MAX_COLLABORATORS = 100;
    /** Fiscal years times sources, generously. */
    static final int MAX_FUND_LINES = 200;

    TaskDraft toDraft() {
        return new TaskDraft(managementNumber, title, titleEn, summary, strategyNumber == null ? 0 : strategyNumber,
                owningUnitCode, officerUsername, collaboratingUnitCodes, sources, start, end, term, status, milestones,
                kpis, fundPlan);
    }
}
