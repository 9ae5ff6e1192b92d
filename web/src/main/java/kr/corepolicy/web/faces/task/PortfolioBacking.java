package kr.corepolicy.web.faces.task;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;
import kr.corepolicy.service.organization.OrganizationService;
import kr.corepolicy.service.organization.UnitRef;
import kr.corepolicy.service.task.PortfolioService;
import kr.corepolicy.service.task.TaskFilter;
import kr.corepolicy.service.task.TaskSort;
import kr.corepolicy.service.task.TaskViews.StrategySummary;
import kr.corepolicy.service.task.TaskViews.TaskRow;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** tasks/index.xhtml: strategy cards, filters, and the task list paged and sorted in the database. */
@Named("portfolio")
@ViewScoped
public class PortfolioBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortfolioService portfolio;

    @Inject
    private OrganizationService organization;

    // Read again when the view comes back on another server: the session is written after every request and
    // these lists (240 departments at forty times Gyeongju) need not travel with it (issue #12).
    private transient List<StrategySummary> strategies;
    private transient List<UnitRef> departments;

    private Integer strategy;
    private String unit;
    private boolean includeCollaborating;
    private TaskStatus status;
    private TaskSource source;
    private TaskTerm term;
    private String text;

    private final LazyDataModel<TaskRow> tasks = new TaskRows();


    /** The filter as the service takes it. */
    public TaskFilter getFilter() {
        return new TaskFilter(strategy, unit, includeCollaborating, status, source, term, text);
    }

    public void reset() {
        strategy = null;
        unit = null;
        includeCollaborating = false;
        status = null;
        source = null;
        term = null;
        text = null;
    }

    public long getTotalTasks() {
        return getStrategies().stream().mapToLong(StrategySummary::taskCount).sum();
    }

    /** The share of a status among a strategy's tasks, in per cent, for the status bar. */
    public double share(StrategySummary s, TaskStatus st) {
        Long n = s.tasksByStatus().get(st);
        return s.taskCount() == 0 || n == null ? 0 : 100.0 * n / s.taskCount();
    }

    public List<StrategySummary> getStrategies() {
        if (strategies == null) {
            strategies = portfolio.strategies();
        }
        return strategies;
    }

    public List<UnitRef> getDepartments() {
        if (departments == null) {
            departments = organization.departments();
        }
        return departments;
    }

    public LazyDataModel<TaskRow> getTasks() {
        return tasks;
    }

    public Integer getStrategy() {
        return strategy;
    }

    public void setStrategy(Integer strategy) {
        this.strategy = strategy;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public boolean isIncludeCollaborating() {
        return includeCollaborating;
    }

    public void setIncludeCollaborating(boolean includeCollaborating) {
        this.includeCollaborating = includeCollaborating;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
    }

    public TaskSource getSource() {
        return source;
    }

    public void setSource(TaskSource source) {
        this.source = source;
    }

    public TaskTerm getTerm() {
        return term;
    }

    public void setTerm(TaskTerm term) {
        this.term = term;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** The lazy model: every page is one count and one page query in the database. */
    private class TaskRows extends LazyDataModel<TaskRow> {

        private static final long serialVersionUID = 1L;

        private transient List<TaskRow> last;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) portfolio.count(getFilter());
        }

        @Override
        public List<TaskRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            TaskSort sort = TaskSort.NUMBER;
            boolean descending = false;
            for (SortMeta meta : sortBy.values()) {
                sort = switch (meta.getField()) {
                    case "title" -> TaskSort.TITLE;
                    case "owner" -> TaskSort.OWNER;
                    case "status" -> TaskSort.STATUS;
                    case "end" -> TaskSort.END;
                    default -> TaskSort.NUMBER;
                };
                descending = meta.getOrder() == SortOrder.DESCENDING;
            }
            last = portfolio.rows(getFilter(), sort, descending, first, pageSize);
            return last;
        }

        @Override
        public String getRowKey(TaskRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public TaskRow getRowData(String rowKey) {
            return last == null ? null
                    : last.stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
