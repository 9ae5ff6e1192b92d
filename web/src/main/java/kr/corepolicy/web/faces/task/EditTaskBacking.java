package kr.corepolicy.web.faces.task;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;
import kr.corepolicy.domain.shared.BusinessException;
import kr.corepolicy.domain.shared.ConflictException;
import kr.corepolicy.domain.shared.ForbiddenException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;
import kr.corepolicy.service.organization.OrganizationService;
import kr.corepolicy.service.task.PortfolioService;
import kr.corepolicy.service.task.TaskDraft;
import kr.corepolicy.service.task.TaskService;
import kr.corepolicy.service.task.TaskViews;
import kr.corepolicy.service.task.TaskViews.FundLineView;
import kr.corepolicy.service.task.TaskViews.KpiView;
import kr.corepolicy.service.task.TaskViews.MilestoneView;
import kr.corepolicy.service.task.TaskViews.PersonRef;
import kr.corepolicy.service.task.TaskViews.StrategySummary;
import kr.corepolicy.service.task.TaskViews.TaskCard;
import kr.corepolicy.service.task.TaskViews.UnitRef;
import kr.corepolicy.web.faces.Feedback;

/**
 * tasks/edit.xhtml[?id=…]: creates a task (planning office) or edits one. The planning office edits every
 * field; the owning department sees the planning fields read-only. The service decides either way.
 */
@Named("editTask")
@ViewScoped
public class EditTaskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TaskService tasks;

    @Inject
    private PortfolioService portfolio;

    @Inject
    private OrganizationService organization;

    private Long id;
    private long version;
    private boolean full;
    private boolean loaded;

    private String managementNumber;
    private String title;
    private String titleEn;
    private String summary;
    private Integer strategyNumber;
    private String owningUnitCode;
    private String officerUsername;
    private List<String> collaboratingUnitCodes = new ArrayList<>();
    private List<TaskSource> sources = new ArrayList<>();
    private LocalDate start;
    private LocalDate end;
    private TaskTerm term = TaskTerm.MEDIUM;
    /** Shown, never edited: a task starts in its initial status and then follows its approved documents. */
    private TaskStatus status = TaskStatus.INITIAL;
    private TaskViews.OfficialFigures official;
    private final List<MilestoneRow> milestones = new ArrayList<>();
    private final List<KpiRow> kpis = new ArrayList<>();
    private final List<FundRow> funds = new ArrayList<>();

    private List<StrategySummary> strategies;
    private List<UnitRef> departments;
    private List<PersonRef> officers;
    private String officersOf;

    /** Loads the task to edit, or prepares a new one; once per view. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        strategies = portfolio.strategies();
        departments = organization.activeUnits().stream().filter(u -> u.getType().isDepartment())
                .map(u -> new UnitRef(u.getId(), u.getCode(), u.getNameKo(), u.getNameEn()))
                .sorted((a, b) -> a.nameKo().compareTo(b.nameKo())).toList();
        if (id == null) {
            full = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PLANNER")
                    || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
            if (!full) {
                throw new ForbiddenException("createTask");
            }
            return;
        }
        fill(tasks.card(id));
    }

    private void fill(TaskCard card) {
        if (!card.editableByMe()) {
            throw new ForbiddenException("editTask");
        }
        full = card.fullyEditableByMe();
        version = card.version();
        managementNumber = card.managementNumber();
        title = card.title();
        titleEn = card.titleEn();
        summary = card.summary();
        strategyNumber = card.strategyNumber();
        owningUnitCode = card.owningUnit().code();
        officerUsername = card.officer() == null ? null : card.officer().username();
        collaboratingUnitCodes = new ArrayList<>(card.collaboratingUnits().stream().map(UnitRef::code).toList());
        sources = new ArrayList<>(card.sources());
        start = card.start();
        end = card.end();
        term = card.term();
        status = card.status();
        official = card.statusSource() == TaskViews.StatusSource.REPORT ? card.official() : null;
        milestones.clear();
        card.milestones().forEach(m -> milestones.add(new MilestoneRow(m.year(), m.quarter(), m.content())));
        kpis.clear();
        card.kpis().forEach(k -> kpis.add(new KpiRow(k)));
        funds.clear();
        Map<Integer, FundRow> byYear = new TreeMap<>();
        for (FundLineView line : card.fundPlan()) {
            byYear.computeIfAbsent(line.fiscalYear(), FundRow::new).set(line.source(), line.amountWon());
        }
        funds.addAll(byYear.values());
    }

    /** Saves the card; on success goes to it, on a refusal stays with everything typed still in the form. */
    public void save() throws IOException {
        TaskDraft draft = draft();
        try {
            TaskCard saved = id == null ? tasks.create(draft) : tasks.update(id, version, draft);
            Feedback.infoAfterRedirect("edit.saved", saved.managementNumber());
            FacesContext.getCurrentInstance().getExternalContext().redirect(FacesContext.getCurrentInstance()
                    .getExternalContext().getRequestContextPath() + "/tasks/card.xhtml?id=" + saved.id());
        } catch (InvalidInputException e) {
            Feedback.error(clientIdOf(e.getField()), e);
            Feedback.error(null, "edit.notSaved");
        } catch (ConflictException e) {
            Feedback.error(null, e);
        } catch (BusinessException e) {
            Feedback.error(null, e);
        }
    }

    TaskDraft draft() {
        List<MilestoneView> plan = milestones.stream()
                .map(m -> new MilestoneView(m.getYear() == null ? 0 : m.getYear(), m.getQuarter() == null ? 0 : m.getQuarter(),
                        m.getContent())).toList();
        List<KpiView> indicators = kpis.stream().map(KpiRow::toView).toList();
        List<FundLineView> money = new ArrayList<>();
        for (FundRow row : funds) {
            for (FundSource source : FundSource.values()) {
                Long amount = row.get(source);
                if (row.getYear() != null && amount != null && amount != 0) {
                    money.add(new FundLineView(row.getYear(), source, amount));
                }
            }
        }
        return new TaskDraft(managementNumber, title, titleEn, summary, strategyNumber == null ? 0 : strategyNumber,
                owningUnitCode, officerUsername, collaboratingUnitCodes, new HashSet<>(sources), start, end,
                term, null, plan, indicators, money);
    }

    /** Where on the form a refused field is, so the message stands next to it. */
    static String clientIdOf(String field) {
        if (field == null) {
            return null;
        }
        return "taskForm:" + switch (field) {
            case "managementNumber" -> "number";
            case "strategyNumber" -> "strategy";
            case "owningUnit", "owningUnitCode" -> "owner";
            case "officer", "officerUsername" -> "officer";
            case "collaboratingUnits", "collaboratingUnitCodes" -> "collaborators";
            case "period" -> "start";
            case "funds", "fundPlan" -> "funds";
            case "milestones" -> "milestones";
            case "kpis" -> "kpis";
            case "titleEn" -> "titleEn";
            default -> field;
        };
    }

    public void addMilestone() {
        milestones.add(new MilestoneRow(start == null ? null : start.getYear(), 1, null));
    }

    public void removeMilestone(MilestoneRow row) {
        milestones.remove(row);
    }

    public void addKpi() {
        kpis.add(new KpiRow(null));
    }

    public void removeKpi(KpiRow row) {
        kpis.remove(row);
    }

    public void addFundYear() {
        int year = funds.isEmpty() ? (start == null ? LocalDate.now().getYear() : start.getYear())
                : funds.get(funds.size() - 1).getYear() + 1;
        funds.add(new FundRow(year));
    }

    public void removeFundYear(FundRow row) {
        funds.remove(row);
    }

    /**
     * The people who may be the officer: the owning department and its teams. Loaded once per owning
     * department, not on every evaluation of the getter during a request.
     */
    public List<PersonRef> getOfficers() {
        if (officers == null || !Objects.equals(officersOf, owningUnitCode)) {
            officersOf = owningUnitCode;
            officers = organization.peopleOf(owningUnitCode).stream()
                    .map(u -> new PersonRef(u.getUsername(), u.getDisplayName(), u.getPosition().name(),
                            u.getOrgUnit().getNameKo()))
                    .toList();
        }
        return officers;
    }

    /** The years of the period, for the KPI target columns. */
    public List<Integer> getYears() {
        if (start == null || end == null || end.isBefore(start) || end.getYear() - start.getYear() > 20) {
            return List.of();
        }
        return IntStream.rangeClosed(start.getYear(), end.getYear()).boxed().toList();
    }

    public FundSource[] getFundSources() {
        return FundSource.values();
    }

    public TaskSource[] getAllSources() {
        return TaskSource.values();
    }

    public TaskTerm[] getTerms() {
        return TaskTerm.values();
    }

    public KpiDirection[] getDirections() {
        return KpiDirection.values();
    }

    public List<StrategySummary> getStrategies() {
        return strategies;
    }

    public List<UnitRef> getDepartments() {
        return departments;
    }

    public boolean isFull() {
        return full;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public String getManagementNumber() {
        return managementNumber;
    }

    public void setManagementNumber(String managementNumber) {
        this.managementNumber = managementNumber;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Integer getStrategyNumber() {
        return strategyNumber;
    }

    public void setStrategyNumber(Integer strategyNumber) {
        this.strategyNumber = strategyNumber;
    }

    public String getOwningUnitCode() {
        return owningUnitCode;
    }

    public void setOwningUnitCode(String owningUnitCode) {
        this.owningUnitCode = owningUnitCode;
    }

    public String getOfficerUsername() {
        return officerUsername;
    }

    public void setOfficerUsername(String officerUsername) {
        this.officerUsername = officerUsername;
    }

    public List<String> getCollaboratingUnitCodes() {
        return collaboratingUnitCodes;
    }

    public void setCollaboratingUnitCodes(List<String> collaboratingUnitCodes) {
        this.collaboratingUnitCodes = collaboratingUnitCodes == null ? new ArrayList<>() : collaboratingUnitCodes;
    }

    public List<TaskSource> getSources() {
        return sources;
    }

    public void setSources(List<TaskSource> sources) {
        this.sources = sources == null ? new ArrayList<>() : sources;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public TaskTerm getTerm() {
        return term;
    }

    public void setTerm(TaskTerm term) {
        this.term = term;
    }

    public TaskStatus getStatus() {
        return status;
    }

    /** The official report whose approval set the status, or null while the task keeps its initial status. */
    public TaskViews.OfficialFigures getStatusReport() {
        return official;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public List<KpiRow> getKpis() {
        return kpis;
    }

    public List<FundRow> getFunds() {
        return funds;
    }

    /** One editable step of the yearly plan. */
    public static class MilestoneRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private Integer year;
        private Integer quarter;
        private String content;

        MilestoneRow(Integer year, Integer quarter, String content) {
            this.year = year;
            this.quarter = quarter;
            this.content = content;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public Integer getQuarter() {
            return quarter;
        }

        public void setQuarter(Integer quarter) {
            this.quarter = quarter;
        }

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }
    }

    /** One editable KPI with a target per year. */
    public static class KpiRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String name;
        private String unit;
        private KpiDirection direction = KpiDirection.HIGHER;
        private BigDecimal baseline;
        private String howMeasured;
        private final Map<Integer, BigDecimal> targets = new TreeMap<>();

        KpiRow(KpiView view) {
            if (view != null) {
                name = view.name();
                unit = view.unit();
                direction = view.direction();
                baseline = view.baseline();
                howMeasured = view.howMeasured();
                targets.putAll(view.targets());
            }
        }

        KpiView toView() {
            Map<Integer, BigDecimal> set = new TreeMap<>();
            targets.forEach((year, value) -> {
                if (value != null) {
                    set.put(year, value);
                }
            });
            return new KpiView(name, unit, direction, baseline, howMeasured, set);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public KpiDirection getDirection() {
            return direction;
        }

        public void setDirection(KpiDirection direction) {
            this.direction = direction;
        }

        public BigDecimal getBaseline() {
            return baseline;
        }

        public void setBaseline(BigDecimal baseline) {
            this.baseline = baseline;
        }

        public String getHowMeasured() {
            return howMeasured;
        }

        public void setHowMeasured(String howMeasured) {
            this.howMeasured = howMeasured;
        }

        /** Targets by year; the page binds one input per year of the period. */
        public Map<Integer, BigDecimal> getTargets() {
            return targets;
        }
    }

    /** One fiscal year of the fund plan, with an amount per source. */
    public static class FundRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private Integer year;
        private final Map<FundSource, Long> amounts = new java.util.EnumMap<>(FundSource.class);

        FundRow(Integer year) {
            this.year = year;
        }

        void set(FundSource source, long amount) {
            amounts.put(source, amount);
        }

        Long get(FundSource source) {
            return amounts.get(source);
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        /** Amounts by source; the page binds one input per source. */
        public Map<FundSource, Long> getAmounts() {
            return amounts;
        }
    }
}
