package kr.corepolicy.web.faces.task;

import java.io.Serializable;
import kr.corepolicy.service.task.TaskViews.MilestoneView;

/** One editable step of a task's yearly plan (tasks/edit.xhtml). */
public class MilestoneRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private Integer year;
    private Integer quarter;
    private String content;

    MilestoneRow(Integer year, Integer quarter, String content) {
        this.year = year;
        this.quarter = quarter;
        this.content = content;
    }

    MilestoneView toView() {
        return new MilestoneView(year == null ? 0 : year, quarter == null ? 0 : quarter, content);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
