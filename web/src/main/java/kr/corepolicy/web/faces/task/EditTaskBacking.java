package kr.corepolicy.web.faces.task;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import kr.corepolicy.domain.shared.ForbiddenException;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.service.organization.OrganizationService;
import kr.corepolicy.service.organization.PersonRef;
import kr.corepolicy.service.organization.UnitRef;
import kr.corepolicy.service.task.PortfolioService;
import kr.corepolicy.service.task.TaskService;
import kr.corepolicy.service.task.TaskViews;
import kr.corepolicy.service.task.TaskViews.StrategySummary;
import kr.corepolicy.service.task.TaskViews.TaskCard;
import kr.corepolicy.web.faces.Feedback;

/**
 * tasks/edit.xhtml[?id=…]: creates a task (planning office) or edits one. The planning office edits every
 * field; the owning department sees the planning fields read-only. The service decides either way.
 *
 * <p>The bean loads, offers the choices and saves; the card's fields are {@link TaskForm} ({@code #{editTask.form}})
 * and its rows {@link TaskPlanEditor} ({@code #{editTask.plan}}).
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
    private final TaskForm form = new TaskForm();
    private final TaskPlanEditor plan = new TaskPlanEditor(form);
    /** Shown, never edited: a task starts in its initial status and then follows its approved documents. */
    private TaskStatus status = TaskStatus.INITIAL;
    private TaskViews.OfficialFigures official;

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
        departments = organization.departments();
        if (id == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            full = external.isUserInRole("PLANNER") || external.isUserInRole("ADMIN");
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
        status = card.status();
        official = card.statusSource() == TaskViews.StatusSource.REPORT ? card.official() : null;
        form.fill(card);
        plan.fill(card);
    }

    /** Saves the card; on success goes to it, on a refusal stays with everything typed still in the form. */
    public void save() throws IOException {
        Feedback.attempt(EditTaskBacking::clientIdOf, "edit.notSaved", () -> {
            TaskCard saved = id == null ? tasks.create(form.toDraft(plan)) : tasks.update(id, version, form.toDraft(plan));
            Feedback.infoAfterRedirect("edit.saved", saved.managementNumber());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/tasks/card.xhtml?id=" + saved.id());
        });
    }

    /** Where on the form a refused field is, so the message stands next to it (no field: the top). */
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
            default -> field;
        };
    }

    /**
     * The people who may be the officer: the owning department and its teams. Loaded once per owning
     * department, not on every evaluation of the getter during a request.
     */
    public List<PersonRef> getOfficers() {
        String owningUnitCode = form.getOwningUnitCode();
        if (officers == null || !Objects.equals(officersOf, owningUnitCode)) {
            officersOf = owningUnitCode;
            officers = organization.people(owningUnitCode);
        }
        return officers;
    }

    public List<StrategySummary> getStrategies() {
        return strategies;
    }

    public List<UnitRef> getDepartments() {
        return departments;
    }

    public TaskForm getForm() {
        return form;
    }

    public TaskPlanEditor getPlan() {
        return plan;
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

    public TaskStatus getStatus() {
        return status;
    }

    /** The official report whose approval set the status, or null while the task keeps its initial status. */
    public TaskViews.OfficialFigures getStatusReport() {
        return official;
    }
}
