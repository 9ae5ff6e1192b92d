package kr.corepolicy.web.faces.task;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.service.task.TaskViews.KpiView;

/** One editable KPI of a task with a target per year (tasks/edit.xhtml). */
public class KpiRow implements Serializable {

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
