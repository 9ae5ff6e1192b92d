package kr.corepolicy.service.task;

import java.util.ArrayList;
import java.util.List;

/** The rows of the guide sheet of {@link TaskWorkbook}: sheet, item, explanation, in Korean for the planners. */
final class TaskWorkbookGuide {

    private TaskWorkbookGuide() {
    }

    static List<String[]> lines() {
        List<String[]> lines = new ArrayList<>();
        add(lines, "전체", "작성 방법", "각 시트의 1행은 제목 행이므로 고치지 마십시오. 2행부터 한 행에 하나씩 입력합니다. "
                + "빈 행은 무시되며, 시트마다 데이터 행은 " + String.format("%,d", TaskWorkbook.MAX_ROWS)
                + "행까지 올릴 수 있습니다. 수식은 계산된 값으로 읽습니다.");
        add(lines, "전체", TaskWorkbook.NUMBER, "과제를 구분하는 번호(예: 1-1). 과제목록에는 한 번씩만 쓰고, 추진계획·성과지표·"
                + "재원계획의 관리번호는 과제목록에 있는 번호여야 합니다. (필수)");
        add(lines, TaskWorkbook.TASKS, "", "과제 한 건을 한 행에 적습니다.");
        add(lines, TaskWorkbook.TASKS, TaskWorkbook.STRATEGY, "과제가 속한 전략의 번호(정수, 예: 1). (필수)");
        add(lines, TaskWorkbook.TASKS, TaskWorkbook.TITLE, "과제의 이름. (필수)");
        add(lines, TaskWorkbook.TASKS, TaskWorkbook.TITLE_EN, "과제의 영문 이름. (선택)");
        add(lines, TaskWorkbook.TASKS, TaskWorkbook.SUMMARY, "과제의 목적과 주요 내용. (선택)");
        add(lines, TaskWorkbook.TASKS, TaskWorkbook.OWNING_UNIT, "과제를 주관하는 부서의 조직 코드(예: D-TOUR). (필수)");
        add(lines, TaskWorkbook.TASKS, TaskWorkbook.OFFICER, "과제 담당자의 로그인 아이디. 비워 두면 담당자 미지정. (선택)");
        add(lines, TaskWorkbook.TASKS, TaskWorkbook.COLLABORATING, "협조부서의 조직 코드. 여러 부서는 쉼표(,)로 구분합니다"
                + "(예: D-REGEN, D-URBAN). (선택)");
        add(lines, TaskWorkbook.TASKS, TaskWorkbook.SOURCES, "과제의 출처. 여러 개는 쉼표(,)로 구분합니다. 허용값: "
                + String.join(", ", TaskWorkbook.SOURCE_LABELS.values()) + ". (필수)");
        add(lines, TaskWorkbook.TASKS, TaskWorkbook.START + "·" + TaskWorkbook.END, "추진 기간의 시작일과 종료일. 날짜 "
                + "셀 또는 2023-01-01, 2023.01.01, 2023.1.1 형식의 글자. (필수)");
        add(lines, TaskWorkbook.TASKS, TaskWorkbook.TERM, "허용값: " + String.join(", ",
                TaskWorkbook.TERM_LABELS.values()) + ". (필수)");
        add(lines, TaskWorkbook.TASKS, TaskWorkbook.STATUS, "허용값: " + String.join(", ",
                TaskWorkbook.STATUS_LABELS.values()) + ". 비워 두면 정상추진.");
        add(lines, TaskWorkbook.MILESTONES, "", "과제의 연차별 추진계획. 한 단계를 한 행에 적으며, 적은 순서대로 표시됩니다.");
        add(lines, TaskWorkbook.MILESTONES, TaskWorkbook.YEAR + "·" + TaskWorkbook.QUARTER,
                "단계를 마칠 연도(예: 2024)와 분기(1~4). (필수)");
        add(lines, TaskWorkbook.MILESTONES, TaskWorkbook.CONTENT, "그 분기까지 할 일. (필수)");
        add(lines, TaskWorkbook.KPIS, "", "과제의 성과지표. 지표 하나를 한 행에 적습니다.");
        add(lines, TaskWorkbook.KPIS, TaskWorkbook.ORDER, "과제 안에서 지표를 보여 줄 순서(정수). (선택)");
        add(lines, TaskWorkbook.KPIS, TaskWorkbook.KPI_NAME + "·" + TaskWorkbook.UNIT,
                "지표의 이름과 단위(예: %, 건, 만명). (필수)");
        add(lines, TaskWorkbook.KPIS, TaskWorkbook.DIRECTION, "상향(값이 클수록 좋음) 또는 하향(값이 작을수록 좋음). (필수)");
        add(lines, TaskWorkbook.KPIS, TaskWorkbook.BASELINE + "·" + TaskWorkbook.HOW_MEASURED,
                "기준값(숫자)과 측정 방법. (선택)");
        add(lines, TaskWorkbook.KPIS, "연도 열", "측정방법 뒤의 열은 네 자리 연도(예: 2024)를 제목으로 하며, 그 해의 목표값(숫자)을 "
                + "적습니다. 빈 칸은 목표 없음. 연도 열은 더하거나 지울 수 있습니다.");
        add(lines, TaskWorkbook.FUNDS, "", "과제의 재원계획. 과제와 회계연도마다 한 행을 적습니다(같은 과제에 같은 회계연도는 한 번).");
        add(lines, TaskWorkbook.FUNDS, TaskWorkbook.FISCAL_YEAR, "회계연도(예: 2024). (필수)");
        add(lines, TaskWorkbook.FUNDS, String.join("·", TaskWorkbook.FUND_LABELS.values()),
                "재원별 금액(원 단위, 0 이상의 정수). 빈 칸이나 0은 그 재원이 없다는 뜻입니다.");
        add(lines, TaskWorkbook.FUNDS, TaskWorkbook.TOTAL, "참고용 합계. 올릴 때는 읽지 않습니다.");
        return lines;
    }

    private static void add(List<String[]> lines, String sheet, String item, String text) {
        lines.add(new String[] {sheet, item, text});
    }
}
