package kr.corepolicy.web.faces.approval;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kr.corepolicy.service.approval.AbsenceService;
import kr.corepolicy.service.approval.ApprovalService;
import kr.corepolicy.service.approval.ApprovalViews.AbsenceView;
import kr.corepolicy.web.faces.Feedback;

/** approvals/absences.xhtml: the department records an approver's absence and the stand-in (대결자). */
@Named("absences")
@ViewScoped
public class AbsencesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AbsenceService service;

    @Inject
    private ApprovalService approvals;

    private List<AbsenceView> list;
    private String absent;
    private String deputy;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String reason;

    @PostConstruct
    void init() {
        firstDay = LocalDate.now(ZoneId.of("Asia/Seoul"));
        lastDay = firstDay;
        list = service.ofMyDepartment();
    }

    public List<String> completePeople(String query) {
        return PersonChoice.suggestions(approvals.candidates(query, 10),
                position -> position == null ? "" : Feedback.text("position." + position));
    }

    public void record() throws IOException {
        Feedback.attempt(field -> field == null ? null : "absenceForm:" + field, () -> {
            AbsenceView saved = service.record(PersonChoice.username(absent), PersonChoice.username(deputy), firstDay,
                    lastDay, reason);
            Feedback.info("absences.recorded", saved.absentName(), saved.deputyName());
            absent = null;
            deputy = null;
            reason = null;
            list = service.ofMyDepartment();
        });
    }

    public void cancel(long id) throws IOException {
        Feedback.attempt(() -> {
            service.cancel(id);
            Feedback.info("absences.cancelled");
        });
        list = service.ofMyDepartment();
    }

    public List<AbsenceView> getList() {
        return list;
    }

    public String getAbsent() {
        return absent;
    }

    public void setAbsent(String absent) {
        this.absent = absent;
    }

    public String getDeputy() {
        return deputy;
    }

    public void setDeputy(String deputy) {
        this.deputy = deputy;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
