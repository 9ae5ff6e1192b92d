package kr.corepolicy.domain.task;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.Texts;
import kr.corepolicy.domain.shared.WonAmount;
import kr.corepolicy.domain.strategy.Strategy;

/**
 * 추진과제: one policy task and its whole task card. The aggregate guards the card's rules: a management
 * number under its strategy, an owning department that is not also collaborating, an officer of the owning
 * department, and milestones, KPI targets and fund lines inside the task's period, with no negative money.
 */
@Entity
@Table(name = "policy_task")
public class PolicyTask {

    public static final int NUMBER_MAX = 10;
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;
    public static final int MAX_KPIS = 10;
    public static final int MAX_MILESTONES = 40;
    /** Amounts are in won, at most 10 trillion (1경 is beyond any city task): the bound of every won amount. */
    public static final long MAX_AMOUNT_WON = WonAmount.MAX_WON;
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,2})-(\\d{1,3})");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "management_number", nullable = false, unique = true, length = NUMBER_MAX)
    private String managementNumber;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "title_en", length = TITLE_MAX)
    private String titleEn;

    @Column(name = "summary", length = SUMMARY_MAX)
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id", nullable = false)
    private Strategy strategy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owning_unit_id", nullable = false)
    private OrgUnit owningUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "officer_id")
    private UserAccount officer;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "task_collaborator", joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "org_unit_id"))
    private Set<OrgUnit> collaboratingUnits = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "task_source", joinColumns = @JoinColumn(name = "task_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 30)
    private Set<TaskSource> sources = EnumSet.noneOf(TaskSource.class);

    @Embedded
    private TaskPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(name = "term", nullable = false, length = 10)
    private TaskTerm term;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TaskStatus status = TaskStatus.INITIAL;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year, quarter, id")
    private List<Milestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Kpi> kpis = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "task_fund_plan", joinColumns = @JoinColumn(name = "task_id"))
    @OrderBy("fiscalYear, source")
    private List<FundPlanLine> fundPlan = new ArrayList<>();

    @Column(name = "demo", nullable = false)
    private boolean demo;

    /**
     * The national and provincial funds (국·도비) of the fund plan, all years: kept with the plan by
     * {@link #planFunds}, so that the dashboards add up one column instead of every plan line of the city.
     */
    @Column(name = "planned_outside_funds_won", nullable = false)
    private long plannedOutsideFundsWon;

    /** The approved progress report of the latest period (see {@link #recordOfficialReport}); null before one. */
    @Column(name = "official_report_id")
    private Long officialReportId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PolicyTask() {
        // for JPA
    }

    public PolicyTask(String managementNumber, String title, Strategy strategy, OrgUnit owningUnit,
            TaskPeriod period, TaskTerm term) {
        this.period = Objects.requireNonNull(period, "period");
        renumber(managementNumber, strategy);
        retitle(title, null);
        assignOwningUnit(owningUnit);
        plan(term);
    }

    /** The management number (관리번호) "strategy-n" under the given strategy. */
    public void renumber(String number, Strategy newStrategy) {
        Objects.requireNonNull(newStrategy, "strategy");
        String trimmed = number == null ? "" : number.strip();
        Matcher m = NUMBER.matcher(trimmed);
        if (!m.matches()) {
            throw new InvalidInputException("managementNumber", "task.badNumber", "bad management number " + number,
                    trimmed);
        }
        if (Integer.parseInt(m.group(1)) != newStrategy.getNumber()) {
            throw new InvalidInputException("managementNumber", "task.numberNotUnderStrategy",
                    "number " + trimmed + " not under strategy " + newStrategy.getNumber(), trimmed,
                    newStrategy.getNumber());
        }
        this.managementNumber = Integer.parseInt(m.group(1)) + "-" + Integer.parseInt(m.group(2));
        this.strategy = newStrategy;
    }

    public void retitle(String newTitle, String newTitleEn) {
        this.title = Texts.required("title", newTitle, TITLE_MAX);
        this.titleEn = Texts.optional("titleEn", newTitleEn, TITLE_MAX);
    }

    public void describe(String newSummary) {
        this.summary = Texts.optional("summary", newSummary, SUMMARY_MAX);
    }

    /** 주관부서: a department, not one of the collaborating departments. Clears an officer of another unit. */
    public void assignOwningUnit(OrgUnit unit) {
        Objects.requireNonNull(unit, "owningUnit");
        if (!unit.getType().isDepartment()) {
            throw new InvalidInputException("owningUnit", "task.ownerNotDepartment", "owning unit must be a department",
                    unit.getNameKo());
        }
        if (collaboratingUnits.contains(unit)) {
            throw new InvalidInputException("owningUnit", "task.ownerAlsoCollaborating",
                    "owning department also collaborating: " + unit.getCode(), unit.getNameKo());
        }
        this.owningUnit = unit;
        if (officer != null && !belongsToOwningUnit(officer)) {
            this.officer = null;
        }
    }

    /** 담당자: an employee of the owning department (or of one of its teams); null leaves the task unassigned. */
    public void assignOfficer(UserAccount newOfficer) {
        if (newOfficer != null && !belongsToOwningUnit(newOfficer)) {
            throw new InvalidInputException("officer", "task.officerNotInOwningUnit",
                    newOfficer.getUsername() + " is not in " + owningUnit.getCode(), newOfficer.getDisplayName(),
                    owningUnit.getNameKo());
        }
        this.officer = newOfficer;
    }

    private boolean belongsToOwningUnit(UserAccount user) {
        return user.worksIn(owningUnit);
    }

    /** 협조부서: departments only, never the owning department. Equal sets change nothing. */
    public void replaceCollaboratingUnits(Set<OrgUnit> units) {
        for (OrgUnit unit : units) {
            if (unit.equals(owningUnit)) {
                throw new InvalidInputException("collaboratingUnits", "task.ownerAlsoCollaborating",
                        "owning department also collaborating: " + unit.getCode(), unit.getNameKo());
            }
            if (!unit.getType().isDepartment()) {
                throw new InvalidInputException("collaboratingUnits", "task.collaboratorNotDepartment",
                        "collaborating unit must be a department: " + unit.getCode(), unit.getNameKo());
            }
        }
        if (!collaboratingUnits.equals(units)) {
            collaboratingUnits.clear();
            collaboratingUnits.addAll(units);
        }
    }

    /** 출처: at least one. */
    public void replaceSources(Set<TaskSource> newSources) {
        if (newSources == null || newSources.isEmpty()) {
            throw new InvalidInputException("sources", "task.sourceRequired", "at least one source");
        }
        if (!sources.equals(newSources)) {
            sources.clear();
            sources.addAll(newSources);
        }
    }

    public void plan(TaskTerm newTerm) {
        this.term = Objects.requireNonNull(newTerm, "term");
    }

    /** Moves the period; refused while a milestone, KPI target or fund line would fall outside it. */
    public void reschedule(TaskPeriod newPeriod) {
        Objects.requireNonNull(newPeriod, "period");
        for (Milestone m : milestones) {
            if (!newPeriod.containsQuarter(m.getYear(), m.getQuarter())) {
                throw new InvalidInputException("period", "task.periodExcludesPlan",
                        "milestone " + m.getYear() + "Q" + m.getQuarter() + " outside " + newPeriod, m.getContent());
            }
        }
        for (Kpi k : kpis) {
            if (!k.targetsInside(newPeriod)) {
                throw new InvalidInputException("period", "task.periodExcludesPlan", "KPI target outside " + newPeriod,
                        k.getName());
            }
        }
        for (FundPlanLine f : fundPlan) {
            if (!newPeriod.containsYear(f.getFiscalYear())) {
                throw new InvalidInputException("period", "task.periodExcludesPlan",
                        "fund line " + f.getFiscalYear() + " outside " + newPeriod,
                        String.valueOf(f.getFiscalYear()));
            }
        }
        this.period = newPeriod;
    }

    /**
     * The status of the approved progress report of the latest period: one a report may set, never reopening a
     * task that is 완료, never moving a final one ({@link TaskStatus}). Refused naming the field {@code status}.
     */
    public void applyReportedStatus(TaskStatus reported) {
        status.requireMoveTo(reported, TaskStatus.Authority.REPORT);
        this.status = reported;
    }

    /**
     * The entry point for approved task adjustments (통합·조정), the one way to drop, replace or merge a task or
     * to reopen a completed one; a final status stays. Refused naming the field {@code status}.
     */
    public void applyAdjustedStatus(TaskStatus adjusted) {
        status.requireMoveTo(adjusted, TaskStatus.Authority.ADJUSTMENT);
        this.status = adjusted;
    }

    /**
     * The status a task had in the portfolio it was adopted from (the demo data, the planning office's first
     * import), recorded as it is created; afterwards the status moves only through approved documents.
     */
    public void adoptStatus(TaskStatus adopted) {
        if (id != null) {
            throw new IllegalStateException("task " + managementNumber + " exists; its status follows its documents");
        }
        this.status = Objects.requireNonNull(adopted, "status");
    }

    /** Adds a step to the yearly plan; the quarter must overlap the task's period. */
    public Milestone addMilestone(int year, int quarter, String content) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidInputException("milestones", "task.badQuarter", "quarter " + quarter, quarter);
        }
        if (!period.containsQuarter(year, quarter)) {
            throw new InvalidInputException("milestones", "task.milestoneOutsidePeriod",
                    "milestone " + year + "Q" + quarter + " outside " + period, String.valueOf(year), quarter,
                    period.getStartDate(), period.getEndDate());
        }
        if (milestones.size() >= MAX_MILESTONES) {
            throw new InvalidInputException("milestones", "task.tooManyMilestones", "too many milestones",
                    MAX_MILESTONES);
        }
        Milestone milestone = new Milestone(this, year, quarter, content);
        milestones.add(milestone);
        return milestone;
    }

    public void removeMilestone(Milestone milestone) {
        milestones.remove(milestone);
    }

    /** Adds a KPI (at most {@value #MAX_KPIS}); set its targets with {@link Kpi#setTarget}. */
    public Kpi addKpi(String name, String unit, KpiDirection direction, BigDecimal baseline, String howMeasured) {
        if (kpis.size() >= MAX_KPIS) {
            throw new InvalidInputException("kpis", "task.tooManyKpis", "too many KPIs", MAX_KPIS);
        }
        Kpi kpi = new Kpi(this, kpis.size() + 1, name, unit, direction, baseline, howMeasured);
        kpis.add(kpi);
        return kpi;
    }

    public void removeKpi(Kpi kpi) {
        kpis.remove(kpi);
    }

    /**
     * Plans the won of one fiscal year and source, replacing what was planned for it; zero removes the line.
     * Negative amounts and years outside the period are refused.
     */
    public void planFunds(int fiscalYear, FundSource source, long amountWon) {
        changeFundLine(fiscalYear, source, amountWon);
        plannedOutsideFundsWon = fundPlan.stream().filter(line -> line.getSource().isSecuredFromOutside())
                .mapToLong(FundPlanLine::getAmountWon).sum();
    }

    private void changeFundLine(int fiscalYear, FundSource source, long amountWon) {
        Objects.requireNonNull(source, "source");
        if (amountWon < 0) {
            throw new InvalidInputException("funds", "task.negativeAmount", "negative amount " + amountWon,
                    String.valueOf(fiscalYear), amountWon);
        }
        if (amountWon > MAX_AMOUNT_WON) {
            throw new InvalidInputException("funds", "task.amountTooLarge", "amount too large " + amountWon,
                    String.valueOf(fiscalYear));
        }
        if (!period.containsYear(fiscalYear)) {
            throw new InvalidInputException("funds", "task.fundOutsidePeriod",
                    "fund year " + fiscalYear + " outside " + period, String.valueOf(fiscalYear),
                    String.valueOf(period.firstYear()), String.valueOf(period.lastYear()));
        }
        FundPlanLine wanted = new FundPlanLine(fiscalYear, source, amountWon);
        for (int i = 0; i < fundPlan.size(); i++) {
            FundPlanLine line = fundPlan.get(i);
            if (line.isFor(fiscalYear, source)) {
                if (line.equals(wanted)) {
                    return;
                }
                if (amountWon == 0) {
                    fundPlan.remove(i);
                } else {
                    fundPlan.set(i, wanted);
                }
                return;
            }
        }
        if (amountWon > 0) {
            fundPlan.add(wanted);
        }
    }

    /** 총사업비: the whole fund plan in won. */
    public long totalFundsWon() {
        return fundPlan.stream().mapToLong(FundPlanLine::getAmountWon).sum();
    }

    /** The fund plan summed by source (국비, 도비, 시비, 민자), every source present. */
    public Map<FundSource, Long> fundsBySource() {
        Map<FundSource, Long> sums = new EnumMap<>(FundSource.class);
        for (FundSource s : FundSource.values()) {
            sums.put(s, 0L);
        }
        fundPlan.forEach(line -> sums.merge(line.getSource(), line.getAmountWon(), Long::sum));
        return sums;
    }

    /**
     * Records which report is official now: the approved progress report of the latest period, decided by the
     * report module when a report is approved (a late approval of an older period's report does not call this).
     */
    public void recordOfficialReport(long reportId) {
        this.officialReportId = reportId;
    }

    public long getPlannedOutsideFundsWon() {
        return plannedOutsideFundsWon;
    }

    public Long getOfficialReportId() {
        return officialReportId;
    }

    public void markAsDemo() {
        this.demo = true;
    }

    public Long getId() {
        return id;
    }

    public String getManagementNumber() {
        return managementNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getSummary() {
        return summary;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public OrgUnit getOwningUnit() {
        return owningUnit;
    }

    public UserAccount getOfficer() {
        return officer;
    }

    public Set<OrgUnit> getCollaboratingUnits() {
        return Collections.unmodifiableSet(collaboratingUnits);
    }

    public Set<TaskSource> getSources() {
        return Collections.unmodifiableSet(sources);
    }

    public TaskPeriod getPeriod() {
        return period;
    }

    public TaskTerm getTerm() {
        return term;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public List<Milestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    public List<Kpi> getKpis() {
        return Collections.unmodifiableList(kpis);
    }

    public List<FundPlanLine> getFundPlan() {
        return Collections.unmodifiableList(fundPlan);
    }

    public boolean isDemo() {
        return demo;
    }

    public long getVersion() {
        return version;
    }
}
