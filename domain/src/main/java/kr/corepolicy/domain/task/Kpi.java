package kr.corepolicy.domain.task;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.Texts;

/** 성과지표: a KPI of a task with its unit, direction, baseline, how it is measured and a target per year. */
@Entity
@Table(name = "task_kpi")
public class Kpi {

    public static final int NAME_MAX = 200;
    public static final int UNIT_MAX = 20;
    public static final int MEASURE_MAX = 500;
    /** Values have at most 15 integer and 4 decimal digits (DECIMAL(19,4)). */
    /** Digits of a KPI value before and after the decimal point (the columns are DECIMAL(19,4)). */
    public static final int INTEGER_DIGITS = 15;
    public static final int FRACTION_DIGITS = 4;
    public static final BigDecimal MAX_VALUE = BigDecimal.TEN.pow(INTEGER_DIGITS).subtract(BigDecimal.ONE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private PolicyTask task;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "unit", nullable = false, length = UNIT_MAX)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 10)
    private KpiDirection direction;

    @Column(name = "baseline", precision = 19, scale = 4)
    private BigDecimal baseline;

    @Column(name = "how_measured", length = MEASURE_MAX)
    private String howMeasured;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "task_kpi_target", joinColumns = @JoinColumn(name = "kpi_id"))
    @MapKeyColumn(name = "target_year")
    @Column(name = "target_value", precision = 19, scale = 4, nullable = false)
    private Map<Integer, BigDecimal> targets = new TreeMap<>();

    protected Kpi() {
        // for JPA
    }

    Kpi(PolicyTask task, int sortOrder, String name, String unit, KpiDirection direction, BigDecimal baseline,
            String howMeasured) {
        this.task = task;
        this.sortOrder = sortOrder;
        define(name, unit, direction, baseline, howMeasured);
    }

    /** Name, unit, direction, baseline and measurement method. */
    public void define(String newName, String newUnit, KpiDirection newDirection, BigDecimal newBaseline,
            String newHowMeasured) {
        this.name = Texts.required("kpis", newName, NAME_MAX);
        this.unit = Texts.required("kpis", newUnit, UNIT_MAX);
        this.direction = Objects.requireNonNull(newDirection, "direction");
        this.baseline = checkValue(newBaseline);
        this.howMeasured = Texts.optional("kpis", newHowMeasured, MEASURE_MAX);
    }

    /** Sets the target of a year inside the task's period; null removes it. */
    public void setTarget(int year, BigDecimal value) {
        requireInsidePeriod(year);
        if (value == null) {
            targets.remove(year);
        } else {
            targets.put(year, checkValue(value));
        }
    }

    /** Replaces all targets; refused as a whole when any year is outside the period. Equal targets change nothing. */
    public void replaceTargets(Map<Integer, BigDecimal> newTargets) {
        Map<Integer, BigDecimal> checked = new TreeMap<>();
        for (Map.Entry<Integer, BigDecimal> e : newTargets.entrySet()) {
            requireInsidePeriod(e.getKey());
            checked.put(e.getKey(), Objects.requireNonNull(checkValue(e.getValue()), "target value"));
        }
        if (!sameTargets(checked)) {
            targets.clear();
            targets.putAll(checked);
        }
    }

    private void requireInsidePeriod(int year) {
        if (!task.getPeriod().containsYear(year)) {
            throw new InvalidInputException("kpis", "task.kpiTargetOutsidePeriod",
                    "KPI target for " + year + " outside the period " + task.getPeriod(), name, String.valueOf(year),
                    String.valueOf(task.getPeriod().firstYear()), String.valueOf(task.getPeriod().lastYear()));
        }
    }

    private boolean sameTargets(Map<Integer, BigDecimal> other) {
        if (other.size() != targets.size()) {
            return false;
        }
        for (Map.Entry<Integer, BigDecimal> e : other.entrySet()) {
            BigDecimal mine = targets.get(e.getKey());
            if (mine == null || mine.compareTo(e.getValue()) != 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal checkValue(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.abs().compareTo(MAX_VALUE) > 0 || value.stripTrailingZeros().scale() > FRACTION_DIGITS) {
            throw new InvalidInputException("kpis", "task.kpiValueOutOfRange", "KPI value out of range: " + value,
                    value.toPlainString());
        }
        return value;
    }

    /** Whether the target of a year is met by an actual value, in the KPI's direction. */
    public boolean isMet(int year, BigDecimal actual) {
        BigDecimal target = targets.get(year);
        if (target == null || actual == null) {
            return false;
        }
        int comparison = actual.compareTo(target);
        return direction == KpiDirection.HIGHER ? comparison >= 0 : comparison <= 0;
    }

    boolean targetsInside(TaskPeriod period) {
        return targets.keySet().stream().allMatch(period::containsYear);
    }

    public Long getId() {
        return id;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public KpiDirection getDirection() {
        return direction;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public String getHowMeasured() {
        return howMeasured;
    }

    public Map<Integer, BigDecimal> getTargets() {
        return Collections.unmodifiableMap(new TreeMap<>(targets));
    }
}
