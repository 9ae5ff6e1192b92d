package kr.corepolicy.service.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;

/** The read models of the portfolio, shared by the pages and the API. */
public final class TaskViews {

    private TaskViews() {
    }

    /** An organisation unit as the portfolio shows it. */
    public record UnitRef(Long id, String code, String nameKo, String nameEn) {
    }

    /** A person as the portfolio shows them. */
    public record PersonRef(String username, String displayName, String position, String unitNameKo) {
    }

    /** A strategy with how many tasks it has, in all and by status. */
    public record StrategySummary(Long id, int number, String nameKo, String nameEn, String descriptionKo,
            String descriptionEn, long taskCount, Map<TaskStatus, Long> tasksByStatus) {
    }

    /** A strategy with its task force. */
    public record StrategyDetail(StrategySummary summary, String vision, String taskForceName, PersonRef leader,
            UnitRef coordinatingUnit, List<PersonRef> members, List<TaskRow> tasks) {
    }

    /** One line of the portfolio list. */
    public record TaskRow(Long id, String managementNumber, String title, String titleEn, int strategyNumber,
            String strategyNameKo, UnitRef owningUnit, String officerName, TaskStatus status, TaskTerm term,
            LocalDate start, LocalDate end, long version) {
    }

    /** A page of a server-side paged list. */
    public record Page<T>(List<T> items, long total, int page, int size) {

        public int pageCount() {
            return size == 0 ? 0 : (int) ((total + size - 1) / size);
        }
    }

    /** One step of the yearly plan. */
    public record MilestoneView(int year, int quarter, String content) {
    }

    /** A KPI with its targets by year. */
    public record KpiView(String name, String unit, KpiDirection direction, BigDecimal baseline, String howMeasured,
            Map<Integer, BigDecimal> targets) {
    }

    /** One line of the fund plan. */
    public record FundLineView(int fiscalYear, FundSource source, long amountWon) {
    }

    /** The whole task card (과제관리카드). */
    public record TaskCard(Long id, String managementNumber, String title, String titleEn, String summary,
            int strategyNumber, String strategyNameKo, String strategyNameEn, UnitRef owningUnit,
            PersonRef officer, List<UnitRef> collaboratingUnits, Set<TaskSource> sources, LocalDate start,
            LocalDate end, TaskTerm term, TaskStatus status, List<MilestoneView> milestones, List<KpiView> kpis,
            List<FundLineView> fundPlan, Map<FundSource, Long> fundsBySource, long totalFundsWon, boolean demo,
            long version, boolean editableByMe, boolean fullyEditableByMe) {
    }
}
