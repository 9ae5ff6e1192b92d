package kr.corepolicy.web.faces.task;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import kr.corepolicy.domain.task.FundSource;

/** One fiscal year of a task's fund plan, with an amount per source (tasks/edit.xhtml). */
public class FundRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private Integer year;
    private final Map<FundSource, Long> amounts = new EnumMap<>(FundSource.class);

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
