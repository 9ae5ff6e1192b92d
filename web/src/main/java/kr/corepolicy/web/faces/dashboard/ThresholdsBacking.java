package kr.corepolicy.web.faces.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import kr.corepolicy.domain.kpi.KpiStatus;
import kr.corepolicy.service.kpi.KpiThresholdService;
import kr.corepolicy.service.kpi.KpiThresholdsView;
import kr.corepolicy.web.faces.Feedback;

/**
 * dashboard/thresholds.xhtml: the KPI thresholds and how a KPI's status is decided, for everyone signed in; the
 * planning office and the administrator change the two numbers (the service decides who may).
 */
@Named("thresholds")
@ViewScoped
public class ThresholdsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The worked example's achievement: baseline 100, target 200, expected 150 at the end of June, actual 140. */
    static final BigDecimal EXAMPLE_ACHIEVEMENT = BigDecimal.valueOf(80);

    @Inject
    private KpiThresholdService service;

    private KpiThresholdsView current;
    private Integer onTrackFrom;
    private Integer behindFrom;

    @PostConstruct
    void init() {
        current = service.current();
        onTrackFrom = current.onTrackFrom();
        behindFrom = current.behindFrom();
    }

    public void save() throws IOException {
        boolean saved = Feedback.attempt(ThresholdsBacking::clientIdOf, "thresholds.notSaved", () -> {
            KpiThresholdsView before = current;
            current = service.change(onTrackFrom == null ? 0 : onTrackFrom, behindFrom == null ? 0 : behindFrom,
                    current.version());
            Feedback.info(current.version() == before.version() ? "thresholds.unchanged" : "thresholds.saved",
                    current.onTrackFrom(), current.behindFrom());
        });
        if (!saved) {
            // A conflict: what the other person saved is shown, the numbers typed stay for another try.
            current = service.current();
        }
    }

    private static String clientIdOf(String field) {
        return field == null ? null : switch (field) {
            case "onTrackFrom", "behindFrom" -> "thresholdsForm:" + field;
            default -> null;
        };
    }

    /** The status of the worked example under the thresholds in force. */
    public KpiStatus getExampleStatus() {
        return current.statusOf(EXAMPLE_ACHIEVEMENT);
    }

    public KpiThresholdsView getCurrent() {
        return current;
    }

    public Integer getOnTrackFrom() {
        return onTrackFrom;
    }

    public void setOnTrackFrom(Integer onTrackFrom) {
        this.onTrackFrom = onTrackFrom;
    }

    public Integer getBehindFrom() {
        return behindFrom;
    }

    public void setBehindFrom(Integer behindFrom) {
        this.behindFrom = behindFrom;
    }
}
