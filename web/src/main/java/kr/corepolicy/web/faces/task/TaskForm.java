package kr.corepolicy.web.faces.task;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskTerm;
import kr.corepolicy.service.task.TaskDraft;
import kr.corepolicy.service.task.TaskViews.TaskCard;
import kr.corepolicy.service.task.TaskViews.UnitRef;

/**
 * The card's own fields on tasks/edit.xhtml ({@code #{editTask.form}}), as typed; with the plan's rows they make
 * the {@link TaskDraft} the service checks and saves. The status is not among them: it follows the task's
 * approved documents.
 */
public class TaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

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

    void fill(TaskCard card) {
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
    }

    TaskDraft toDraft(TaskPlanEditor plan) {
        return new TaskDraft(managementNumber, title, titleEn, summary, strategyNumber == null ? 0 : strategyNumber,
                owningUnitCode, officerUsername, collaboratingUnitCodes, new HashSet<>(sources), start, end, term, null,
                plan.milestoneViews(), plan.kpiViews(), plan.fundLines());
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
}
