package kr.corepolicy.web.faces.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kr.corepolicy.domain.report.PeriodKind;
import kr.corepolicy.service.report.ReportViews.PeriodView;
import kr.corepolicy.service.report.ReportViews.ReportRow;
import kr.corepolicy.service.report.ReportingPeriodService;
import kr.corepolicy.web.faces.Feedback;

/**
 * reports/periods.xhtml[?late=…]: the planning office opens, closes and reopens reporting periods, watches how
 * many reports are in, and works the late list (지연 제출 동의).
 */
@Named("periods")
@ViewScoped
public class PeriodsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportingPeriodService service;

    @Inject
    private kr.corepolicy.service.report.ReminderService reminders;

    private List<PeriodView> periods;
    private Long lateOf;
    private List<ReportRow> late = List.of();

    private PeriodKind kind = PeriodKind.QUARTERLY;
    private Integer year;
    private Integer number;
    private LocalDate dueDate;
    private Integer graceDays = 5;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        year = today.getYear();
        number = (today.getMonthValue() - 1) / 3 + 1;
        dueDate = today.withDayOfMonth(1).plusMonths(3 - (today.getMonthValue() - 1) % 3).plusDays(9);
        refresh();
    }

    /** After the view parameter: shows the late list of that period. */
    public void load() throws IOException {
        if (lateOf != null) {
            showLate(lateOf);
        }
    }

    private void refresh() {
        periods = service.periods();
    }

    public void open() throws IOException {
        Feedback.attempt(PeriodsBacking::clientIdOf, () -> {
            PeriodView opened = service.open(kind, year == null ? 0 : year, number == null ? 0 : number, dueDate,
                    graceDays == null ? 0 : graceDays);
            Feedback.info("periods.opened", opened.label(), opened.reports());
            refresh();
        });
    }

    private static String clientIdOf(String field) {
        return field == null ? null : switch (field) {
            case "kind", "year", "number", "dueDate", "graceDays" -> "openForm:" + field;
            default -> null;
        };
    }

    public void close(long id) throws IOException {
        Feedback.attempt(() -> {
            PeriodView closed = service.close(id);
            Feedback.info("periods.closed", closed.label());
        });
        refresh();
    }

    public void reopen(long id) throws IOException {
        Feedback.attempt(() -> {
            PeriodView opened = service.reopen(id);
            Feedback.info("periods.reopened", opened.label());
        });
        refresh();
    }

    /** Sends today's reminders now (once a day at most, whoever runs them). */
    public void remindNow() {
        var sent = reminders.sweepNow();
        int total = sent.values().stream().mapToInt(Integer::intValue).sum();
        Feedback.info(total == 0 ? "periods.remindedNone" : "periods.reminded", total);
    }

    public void showLate(long id) throws IOException {
        lateOf = id;
        if (!Feedback.attempt(() -> late = service.lateList(id))) {
            late = List.of();
        }
    }

    public void consent(long reportId) throws IOException {
        Feedback.attempt(() -> {
            service.consentToLateSubmission(reportId);
            Feedback.info("periods.consented");
        });
        if (lateOf != null) {
            showLate(lateOf);
        }
    }

    public PeriodView getLatePeriod() {
        return periods.stream().filter(p -> lateOf != null && p.id() == lateOf).findFirst().orElse(null);
    }

    /** Per cent of the period's reports submitted, for the bar. */
    public int percentSubmitted(PeriodView p) {
        return p.reports() == 0 ? 0 : (int) (100 * p.submitted() / p.reports());
    }

    public List<PeriodView> getPeriods() {
        return periods;
    }

    public List<ReportRow> getLate() {
        return late;
    }

    public Long getLateOf() {
        return lateOf;
    }

    public void setLateOf(Long lateOf) {
        this.lateOf = lateOf;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public void setKind(PeriodKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Integer getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(Integer graceDays) {
        this.graceDays = graceDays;
    }
}
