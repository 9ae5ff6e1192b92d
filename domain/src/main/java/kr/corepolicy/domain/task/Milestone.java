package kr.corepolicy.domain.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kr.corepolicy.domain.shared.Texts;

/** One step of the yearly plan (연차별 실행계획): what is to be done by a quarter. Owned by its task. */
@Entity
@Table(name = "task_milestone")
public class Milestone {

    public static final int CONTENT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private PolicyTask task;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(name = "plan_quarter", nullable = false)
    private int quarter;

    @Column(name = "content", nullable = false, length = CONTENT_MAX)
    private String content;

    protected Milestone() {
        // for JPA
    }

    Milestone(PolicyTask task, int year, int quarter, String content) {
        this.task = task;
        this.year = year;
        this.quarter = quarter;
        this.content = Texts.required("milestones", content, CONTENT_MAX);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public String getContent() {
        return content;
    }

    /** Same plan step (year, quarter and text), whatever the id. */
    public boolean sameAs(int otherYear, int otherQuarter, String otherContent) {
        return year == otherYear && quarter == otherQuarter && content.equals(otherContent == null ? null
                : otherContent.strip());
    }
}
