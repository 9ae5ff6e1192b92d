package kr.corepolicy.service.task;

/** The orders the portfolio list can be sorted in, mapped to JPQL here and nowhere else. */
public enum TaskSort {
    NUMBER("s.number, length(t.managementNumber), t.managementNumber, t.id"),
    TITLE("t.title, t.id"),
    OWNER("o.nameKo, t.id"),
    STATUS("t.status, t.id"),
    END("t.period.endDate, t.id");

    private final String orderBy;

    TaskSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy(boolean descending) {
        if (!descending) {
            return orderBy;
        }
        return orderBy.replace(", t.id", " desc, t.id desc");
    }

    public static TaskSort parse(String value) {
        if (value != null) {
            for (TaskSort sort : values()) {
                if (sort.name().equalsIgnoreCase(value)) {
                    return sort;
                }
            }
        }
        return NUMBER;
    }
}
